namespace Extraction.Serialization;

/// <summary>The wire names of the enums, as ../formats section 1 spells them.</summary>
internal static class Labels
{
    public static string Of(EntityLabel label) => label switch
    {
        EntityLabel.Person => "PER",
        EntityLabel.Location => "LOC",
        EntityLabel.Organization => "ORG",
        _ => "MISC",
    };

    public static bool TryParseEntity(string? name, out EntityLabel label)
    {
        switch (name)
        {
            case "PER": label = EntityLabel.Person; return true;
            case "LOC": label = EntityLabel.Location; return true;
            case "ORG": label = EntityLabel.Organization; return true;
            case "MISC": label = EntityLabel.Misc; return true;
            default: label = default; return false;
        }
    }

    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.Direct => "direct",
        ClaimKind.Mixed => "mixed",
        ClaimKind.Indirect => "indirect",
        _ => "according-to",
    };

    public static bool TryParseClaim(string? name, out ClaimKind kind)
    {
        switch (name)
        {
            case "direct": kind = ClaimKind.Direct; return true;
            case "mixed": kind = ClaimKind.Mixed; return true;
            case "indirect": kind = ClaimKind.Indirect; return true;
            case "according-to": kind = ClaimKind.AccordingTo; return true;
            default: kind = default; return false;
        }
    }

    public static string Of(TokenKind kind) => kind switch
    {
        TokenKind.Word => "Word",
        TokenKind.Number => "Number",
        TokenKind.Punctuation => "Punctuation",
        TokenKind.Symbol => "Symbol",
        TokenKind.Url => "Url",
        TokenKind.Email => "Email",
        TokenKind.Hashtag => "Hashtag",
        TokenKind.Mention => "Mention",
        _ => "QuoteMark",
    };
}
