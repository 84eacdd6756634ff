namespace Extraction;

/// <summary>One text to process, with the caller's id (a file name, a database key), carried to the result.</summary>
/// <param name="Id">The caller's id for the text; may be <see langword="null"/>.</param>
/// <param name="Text">The text.</param>
public readonly record struct TextInput(string? Id, string Text);
