namespace NewsReader.Ingestion.Rules;

/// <summary>
/// The match timeout of every rule pattern. The patterns are linear (no nested quantifiers), so the timeout
/// is a backstop: it is generous because a loaded machine can stall a match for a noticeable while.
/// </summary>
internal static class RuleTimeout
{
    public const int Milliseconds = 2000;
}
