namespace Extraction.Cli.Output;

/// <summary>Writes documents as Document JSON: indented (one document) or one per line (JSON Lines).</summary>
internal sealed class JsonDocumentWriter(Stream output, bool includeTokens, bool lines) : IDocumentWriter
{
    public void Write(Document document)
    {
        DocumentJson.WriteTo(output, document, includeTokens, indented: !lines);
        output.WriteByte((byte)'\n');
        if (lines)
        {
            // A consumer reading the pipe sees each document as soon as it is written.
            output.Flush();
        }
    }

    public void Complete() => output.Flush();
}
