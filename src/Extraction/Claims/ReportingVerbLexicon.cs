using Extraction.Pipeline;

namespace Extraction.Claims;

/// <summary>How a reporting-verb form is used.</summary>
internal enum VerbForm : byte
{
    /// <summary>A tensed form (or, in English, a past that is also the participle): a cue on its own.</summary>
    Finite,

    /// <summary>A past participle: a cue only after an auxiliary.</summary>
    PastParticiple,

    /// <summary>A present participle or gerund (<c>affirmant</c>, <c>saying</c>): a cue before a complement clause.</summary>
    PresentParticiple,

    /// <summary>The infinitive (French and Spanish): never a cue on its own.</summary>
    Infinitive,
}

/// <summary>One form of a reporting verb.</summary>
/// <param name="Lemma">The lemma as listed.</param>
/// <param name="Form">How the form is used.</param>
/// <param name="IsBelief">From the belief/attitude section (opinion verbs).</param>
/// <param name="IsNonClaim">The lemma introduces requests, orders or agreements, not claims.</param>
/// <param name="IsReport">The lemma is <c>rapporter/report/reportar</c> (a parenthetical one makes an according-to claim).</param>
/// <param name="IsAttitude">A copular or reflexive verb with an attitude adjective (<c>s'est dit convaincu</c>, <c>was confident</c>).</param>
/// <param name="InfinitiveMarker">For an attitude cue, the preposition that opens an infinitive complement (<c>prêt à</c>,
/// <c>convaincu de</c>, <c>dispuesto a</c>), or null.</param>
internal sealed record VerbEntry(string Lemma, VerbForm Form, bool IsBelief, bool IsNonClaim, bool IsReport, bool IsAttitude = false, string? InfinitiveMarker = null);

/// <summary>
/// The reporting verbs of one language (<c>Lexicons/&lt;lang&gt;/reporting-verbs.txt</c>) with any forms a user adds,
/// indexed for matching single and multiword forms against text without allocating.
/// </summary>
internal sealed class ReportingVerbLexicon
{
    private const string AcuteE = "\u00E9";

    private static readonly string[] ReportLemmas = ["rapporter", "report", "reportar"];

    private ReportingVerbLexicon(Language language, PhraseTable<VerbEntry> forms)
    {
        Language = language;
        Forms = forms;
    }

    public Language Language { get; }

    public PhraseTable<VerbEntry> Forms { get; }

    /// <summary>Builds the lexicon of a language, adding <paramref name="extraForms"/> as communication verbs.</summary>
    /// <param name="language">The language.</param>
    /// <param name="extraForms">Inflected forms to accept as cues (each one word or a fixed multiword form).</param>
    /// <returns>The frozen lexicon.</returns>
    public static ReportingVerbLexicon Create(Language language, IEnumerable<string> extraForms)
    {
        ArgumentNullException.ThrowIfNull(extraForms);
        ClaimWords words = ClaimWords.For(language);
        var entries = new List<(string[], VerbEntry)>();
        foreach ((string line, string section) in LexiconResource.ReadLines(language, "reporting-verbs.txt"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            string lemma = line[..tab].Trim();
            string[] forms = line[(tab + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            bool belief = section.Contains("belief", StringComparison.OrdinalIgnoreCase);
            bool nonClaim = words.IsNonClaimLemma(lemma);
            bool report = Array.IndexOf(ReportLemmas, lemma) >= 0;
            for (int i = 0; i < forms.Length; i++)
            {
                VerbForm form = Classify(language, forms, i);
                entries.Add((words.Split(forms[i]), new VerbEntry(lemma, form, belief, nonClaim, report)));
            }
        }

        AddAttitudeCues(language, words, entries);
        foreach (string extra in extraForms)
        {
            if (!string.IsNullOrWhiteSpace(extra))
            {
                entries.Add((words.Split(extra.Trim()), new VerbEntry(extra.Trim(), VerbForm.Finite, false, false, false)));
            }
        }

        return new ReportingVerbLexicon(language, new PhraseTable<VerbEntry>(entries));
    }

    /// <summary>
    /// Adds the attitude cues of <c>attitude-cues.txt</c>: every form of a copular or reflexive verb followed by every
    /// form of an attitude adjective (<c>dit convaincue</c>, <c>mostró escéptica</c>, <c>was confident</c>).
    /// </summary>
    private static void AddAttitudeCues(Language language, ClaimWords words, List<(string[], VerbEntry)> entries)
    {
        var verbs = new List<(string Lemma, string[] Forms, VerbForm Form)>();
        var adjectives = new List<(string Lemma, string[] Forms, string? Marker)>();
        foreach ((string line, _) in LexiconResource.ReadLines(language, "attitude-cues.txt"))
        {
            string[] fields = line.Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            string lemma = fields[1].Trim();
            if (fields[0] == "adj")
            {
                string? marker = fields.Length > 3 && fields[3].Trim().Length > 0 ? fields[3].Trim() : null;
                adjectives.Add((lemma, SplitForms(fields[2]), marker));
                continue;
            }

            if (fields[0] != "verb")
            {
                continue;
            }

            VerbForm[] kinds = [VerbForm.Finite, VerbForm.PastParticiple, VerbForm.PresentParticiple];
            for (int k = 0; k < kinds.Length && k + 2 < fields.Length; k++)
            {
                verbs.Add((lemma, SplitForms(fields[k + 2]), kinds[k]));
            }
        }

        foreach ((string verbLemma, string[] verbForms, VerbForm form) in verbs)
        {
            foreach ((string adjectiveLemma, string[] adjectiveForms, string? marker) in adjectives)
            {
                string lemma = verbLemma + " " + adjectiveLemma;
                bool nonClaim = words.IsNonClaimLemma(lemma);
                foreach (string verb in verbForms)
                {
                    foreach (string adjective in adjectiveForms)
                    {
                        entries.Add((words.Split(verb + " " + adjective), new VerbEntry(lemma, form, false, nonClaim, false, IsAttitude: true, InfinitiveMarker: marker)));
                    }
                }
            }
        }
    }

    private static string[] SplitForms(string field) =>
        field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Classifies a form by its place in the list (see the file header) and its ending.</summary>
    private static VerbForm Classify(Language language, string[] forms, int index)
    {
        string form = forms[index];
        string head = form.Split(' ')[0];
        if (language == Language.English)
        {
            return head.EndsWith("ing", StringComparison.Ordinal) ? VerbForm.PresentParticiple : VerbForm.Finite;
        }

        if (index == 0)
        {
            return VerbForm.Infinitive;
        }

        if (language == Language.French)
        {
            if (head.EndsWith("ant", StringComparison.Ordinal) && index == forms.Length - 1)
            {
                return VerbForm.PresentParticiple;
            }

            if (index <= 10)
            {
                return VerbForm.Finite;
            }

            return EndsWithAny(head, [AcuteE, AcuteE + "e", AcuteE + "s", AcuteE + "es", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ise", "ises", "ert", "erte", "erts", "ertes", "int", "inte", "ints", "intes"])
                ? VerbForm.PastParticiple
                : VerbForm.Finite;
        }

        if (head.EndsWith("ndo", StringComparison.Ordinal))
        {
            return VerbForm.PresentParticiple;
        }

        if (index <= 10)
        {
            return VerbForm.Finite;
        }

        return EndsWithAny(head, ["o", "a", "os", "as"]) ? VerbForm.PastParticiple : VerbForm.Finite;
    }

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (string ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
