namespace Extraction.Pipeline;

/// <summary>One pipeline step. Immutable after construction and safe to share between threads.</summary>
internal interface IStage
{
    /// <summary>A short name for messages.</summary>
    string Name { get; }

    /// <summary>The layers the stage needs already written.</summary>
    Layers Reads { get; }

    /// <summary>The layers the stage writes.</summary>
    Layers Writes { get; }

    /// <summary>Runs the stage on one document's scratch.</summary>
    void Run(Annotations work, CancellationToken cancellationToken);
}
