namespace NewsReader.Ingestion.Rules;

/// <summary>
/// The lower-case particles that stand inside a person's name (Ana de la Cruz, Mark di Stefano, Vincent van Gogh,
/// Maria dos Santos). A rule that reads names lets them through where it otherwise wants a capital.
/// </summary>
internal static class NameParticles
{
    /// <summary>
    /// The particles as a pattern alternation, matched case-sensitively: written as a constant so that a generated
    /// pattern can embed it, and the word set below is read from it, so the list is written once.
    /// </summary>
    public const string Alternation = "de|di|da|del|der|den|van|von|la|le|du|dos|das|bin|al|el";

    /// <summary>The particles, one word each.</summary>
    public static readonly IReadOnlyList<string> Words = Alternation.Split('|');
}
