namespace Extraction.Cli.Output;

/// <summary>Writes the documents of a batch, in order, in one output format.</summary>
internal interface IDocumentWriter
{
    void Write(Document document);

    void Complete();
}
