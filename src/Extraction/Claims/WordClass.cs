namespace Extraction.Claims;

/// <summary>The grammatical classes of <c>Lexicons/&lt;lang&gt;/claim-words.txt</c>; a word may have several.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Determiner = 1 << 0,
    Fused = 1 << 1,
    PronounPerson = 1 << 2,
    PronounGroup = 1 << 3,
    Relative = 1 << 4,
    Aux = 1 << 5,
    Complementizer = 1 << 6,
    Clitic = 1 << 7,
    Reflexive = 1 << 8,
    Adverb = 1 << 9,
    Honorific = 1 << 10,
    Title = 1 << 11,
    Preposition = 1 << 12,
    Particle = 1 << 13,
    Time = 1 << 14,
    Elision = 1 << 15,
    Abbreviation = 1 << 16,
    Function = 1 << 17,
    Connective = 1 << 18,
    OrgHead = 1 << 19,
}
