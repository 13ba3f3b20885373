using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Collapses whitespace left where rules took text out.</summary>
internal static partial class Whitespace
{
    /// <summary>The text with each run of whitespace, and each whitespace character other than a space, made one space; trimmed.</summary>
    public static string Collapse(string text) => WhitespaceRun().Replace(text, " ").Trim();

    // A run of whitespace, or one character of it that is not a plain space: a single space stays as it is, so a text
    // spaced as it should be is not copied.
    [GeneratedRegex(@"\s{2,}|[^\S ]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex WhitespaceRun();
}
