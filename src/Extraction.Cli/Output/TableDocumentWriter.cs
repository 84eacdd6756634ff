using Spectre.Console;
using SpectreText = Spectre.Console.Text;

namespace Extraction.Cli.Output;

/// <summary>Writes each document as two tables, its entities and its claims, for a person at a terminal.</summary>
internal sealed class TableDocumentWriter(IAnsiConsole console) : IDocumentWriter
{
    private const int MaxContentLength = 160;

    public void Write(Document document)
    {
        string title = $"{document.Id ?? "text"} ({LanguageCodes.ToCode(document.Language)}): {document.Entities.Length} entities, {document.Claims.Length} claims";
        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });

        if (document.Entities.Length > 0)
        {
            var entities = new Table().Border(TableBorder.Rounded).AddColumn("Label").AddColumn("Entity").AddColumn("Mentions");
            foreach (EntityRow row in EntityRow.Group(document))
            {
                entities.AddRow(new SpectreText(row.Label), new SpectreText(row.Name), new SpectreText(row.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            console.Write(entities);
        }

        if (document.Claims.Length > 0)
        {
            var claims = new Table().Border(TableBorder.Rounded).AddColumn("Speaker").AddColumn("Kind").AddColumn("Claim");
            foreach (Claim claim in document.Claims)
            {
                string speaker = claim.SpeakerCanonical ?? (claim.Speaker is { } span ? document.TextOf(span) : "?");
                claims.AddRow(new SpectreText(speaker), new SpectreText(Serialization.Labels.Of(claim.Kind)), new SpectreText(Shorten(document.TextOf(claim.Content))));
            }

            console.Write(claims);
        }

        if (document.Entities.Length == 0 && document.Claims.Length == 0)
        {
            console.WriteLine("No entity and no claim found.");
        }

        console.WriteLine();
    }

    public void Complete()
    {
    }

    private static string Shorten(string text)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxContentLength ? flat : string.Concat(flat.AsSpan(0, MaxContentLength - 3), "...");
    }

    /// <summary>An entity of the document: its cluster's canonical name when it has one, with its mention count.</summary>
    private readonly record struct EntityRow(string Label, string Name, int Mentions)
    {
        public static List<EntityRow> Group(Document document)
        {
            var rows = new List<EntityRow>();
            var index = new Dictionary<(string, string), int>();
            foreach (Entity entity in document.Entities)
            {
                string name = entity.Cluster is int id && id >= 0 && id < document.Clusters.Length
                    ? document.Clusters[id].Canonical
                    : document.TextOf(entity.Span);
                (string, string) key = (Serialization.Labels.Of(entity.Label), name);
                if (index.TryGetValue(key, out int at))
                {
                    rows[at] = rows[at] with { Mentions = rows[at].Mentions + 1 };
                }
                else
                {
                    index[key] = rows.Count;
                    rows.Add(new EntityRow(key.Item1, name, 1));
                }
            }

            return rows;
        }
    }
}
