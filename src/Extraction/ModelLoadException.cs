namespace Extraction;

/// <summary>A model file or resource could not be loaded: it is missing, truncated, corrupt or of another version.</summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ModelLoadException()
    {
    }

    /// <summary>Creates the exception with a message saying what is wrong, where, and how to fix it.</summary>
    /// <param name="message">The message.</param>
    public ModelLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
