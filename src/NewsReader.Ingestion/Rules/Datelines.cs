using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises the dateline that opens a wire story's first paragraph.</summary>
internal static partial class Datelines
{
    // Datelines are short: looking at a bounded prefix keeps matching cheap on very long paragraphs.
    private const int MaxPrefix = 160;

    /// <summary>Splits <c>MOSCOW (AP) — The president…</c> into the dateline and the paragraph text after it.</summary>
    public static bool TryMatch(string paragraph, out Dateline dateline, out string rest)
    {
        var prefix = paragraph.Length > MaxPrefix ? paragraph[..MaxPrefix] : paragraph;
        var match = AgencyDateline().Match(prefix);
        if (!match.Success)
        {
            match = StaffDateline().Match(prefix);
        }

        if (!match.Success)
        {
            dateline = null!;
            rest = paragraph;
            return false;
        }

        var places = match.Groups["places"].Value
            .Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var agency = match.Groups["agency"].Success ? NormaliseAgency(match.Groups["agency"].Value) : null;
        dateline = new Dateline(match.Value.TrimEnd(), places, agency);
        rest = paragraph[match.Length..].TrimStart();
        return rest.Length > 0;
    }

    private static string NormaliseAgency(string agency) => agency.Trim() switch
    {
        "REUTERS" => "Reuters",
        "The Associated Press" or "Associated Press" => "AP",
        var other => other,
    };

    // MOSCOW (AP) —, TBILISI/MOSCOW (Reuters) -, HANOI, Vietnam (AP) —
    [GeneratedRegex(
        @"^(?<places>\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:/\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}){0,3})(?:, (?<region>\p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20}){0,3}))? ?\((?<agency>[\p{L}&. ]{2,30})\)(?: ?(?:—|–|--|-) ?| )",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex AgencyDateline();

    // WASHINGTON — and SAN FRANCISCO, Calif. -- (a staff story: no agency in parentheses)
    [GeneratedRegex(
        @"^(?<places>\p{Lu}[\p{Lu}\p{M}.'’ -]{2,40}(?:/\p{Lu}[\p{Lu}\p{M}.'’ -]{2,40}){0,3})(?:, (?<region>\p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20}){0,3}))? (?:—|–|--|-) ",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex StaffDateline();
}
