namespace Extraction;

/// <summary>What a token is, as the tokenizer sees it.</summary>
public enum TokenKind
{
    /// <summary>A word, including elided forms (<c>l'</c>), clitics (<c>-t-il</c>) and hyphenated words.</summary>
    Word,

    /// <summary>A number, with its decimal and thousands separators (<c>7.000</c>, <c>1,5</c>, <c>3.5</c>).</summary>
    Number,

    /// <summary>A punctuation mark other than a quote mark.</summary>
    Punctuation,

    /// <summary>A symbol such as <c>%</c>, <c>€</c> or <c>+</c>.</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag (<c>#climat</c>).</summary>
    Hashtag,

    /// <summary>A user mention (<c>@user</c>).</summary>
    Mention,

    /// <summary>A quotation mark of any convention (« » “ ” „ ‹ › " and dialogue dashes at a turn start).</summary>
    QuoteMark,
}
