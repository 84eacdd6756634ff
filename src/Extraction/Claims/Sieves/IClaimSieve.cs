namespace Extraction.Claims.Sieves;

/// <summary>
/// One attribution rule. Sieves run in precision order; each drafts claims for the quotations and cues earlier
/// ones left open and records its <see cref="Name"/> in <see cref="Claim.Rule"/>.
/// </summary>
internal interface IClaimSieve
{
    string Name { get; }

    void Run(ClaimDocument doc);
}
