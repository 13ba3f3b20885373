using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>A caption split from its credit.</summary>
/// <param name="Caption">The caption without the credit.</param>
/// <param name="Credit">The credit as written (<c>AP Photo/Sergei Grits</c>).</param>
/// <param name="Photographer">The person named in the credit.</param>
/// <param name="Agency">The agency named in the credit.</param>
internal sealed record CaptionCredit(string Caption, string? Credit, string? Photographer, string? Agency);

/// <summary>Splits photo captions from their trailing credits and reads the credit's parts.</summary>
internal static partial class PhotoCredits
{
    private static readonly (string Written, string Name)[] Agencies =
    [
        ("AP", "AP"), ("Associated Press", "AP"), ("The Associated Press", "AP"), ("REUTERS", "Reuters"),
        ("Reuters", "Reuters"), ("AFP", "AFP"), ("Getty Images", "Getty Images"), ("Getty", "Getty Images"),
        ("EPA", "EPA"), ("EPA-EFE", "EPA-EFE"), ("Bloomberg", "Bloomberg"), ("Shutterstock", "Shutterstock"),
        ("Xinhua", "Xinhua"), ("UPI", "UPI"), ("PA", "PA"), ("Sputnik", "Sputnik"), ("Kremlin", "Kremlin"),
    ];

    /// <summary>Splits <c>… Azerbaijan. (AP Photo/Sergei Grits)</c> into caption and credit.</summary>
    public static CaptionCredit Split(string caption)
    {
        var trimmed = caption.Trim();

        // Body lines are tried too, and most have neither form of credit: each pattern needs a character the
        // line may not have (a closing parenthesis at the end; a colon or a slash), checked without the pattern.
        if (trimmed.EndsWith(')'))
        {
            var match = TrailingParenthesis().Match(trimmed);
            if (match.Success && LooksLikeCredit(match.Groups["credit"].Value))
            {
                return Build(trimmed[..match.Index], match.Groups["credit"].Value);
            }
        }

        if (trimmed.AsSpan().IndexOfAny(':', '/') >= 0)
        {
            var match = TrailingLabelledCredit().Match(trimmed);
            if (match.Success)
            {
                return Build(trimmed[..match.Index], match.Groups["credit"].Value);
            }
        }

        return new CaptionCredit(trimmed, null, null, null);
    }

    /// <summary>Reads the photographer and agency out of a credit such as <c>Photo: X, AP</c> or <c>REUTERS/Name</c>.</summary>
    public static (string? Photographer, string? Agency) ReadCredit(string credit)
    {
        var text = LeadingLabel().Replace(credit.Trim(), string.Empty).Trim();

        // AP Photo/Sergei Grits, REUTERS/Name, AFP via Getty Images
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var left = text[..slash].Trim();
            var right = text[(slash + 1)..].Trim();
            if (AgencyOf(PhotoWord().Replace(left, string.Empty).Trim()) is { } leftAgency)
            {
                return (NullIfEmpty(StripVia(right).Name), leftAgency);
            }

            if (AgencyOf(right) is { } rightAgency)
            {
                return (NullIfEmpty(left), rightAgency);
            }

            var via = StripVia(right);
            return (NullIfEmpty(left), via.Agency);
        }

        // Photo: Jane Doe, AP
        var comma = text.LastIndexOf(',');
        if (comma > 0 && AgencyOf(text[(comma + 1)..].Trim()) is { } trailingAgency)
        {
            return (NullIfEmpty(text[..comma].Trim()), trailingAgency);
        }

        var stripped = StripVia(text);
        if (stripped.Agency is not null)
        {
            return (NullIfEmpty(PhotoWord().Replace(stripped.Name, string.Empty).Trim()), stripped.Agency);
        }

        return AgencyOf(text) is { } onlyAgency ? (null, onlyAgency) : (NullIfEmpty(text), null);
    }

    private static CaptionCredit Build(string caption, string credit)
    {
        var (photographer, agency) = ReadCredit(credit);
        return new CaptionCredit(caption.TrimEnd(), credit.Trim(), photographer, agency);
    }

    private static (string Name, string? Agency) StripVia(string text)
    {
        var at = text.LastIndexOf(" via ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return (text, null);
        }

        var agency = AgencyOf(text[(at + 5)..].Trim());
        return (PhotoWord().Replace(text[..at], string.Empty).Trim(), agency);
    }

    private static string? AgencyOf(string text)
    {
        foreach (var (written, name) in Agencies)
        {
            if (string.Equals(text, written, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, written + " Photo", StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, written + " Images", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    private static bool LooksLikeCredit(string text) => CreditHint().IsMatch(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"\((?<credit>[^()]{2,160})\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingParenthesis();

    // Photo: Jane Doe, AP | Photograph: Jane Doe/Getty Images | REUTERS/Name | Credit: Jane Doe
    [GeneratedRegex(
        @"(?<=^|[.!?”""’)]\s?|\s)(?<credit>(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?:\s[^:]{2,100}|(?:REUTERS|AFP|AP|EPA)/\p{Lu}[^/]{1,60})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingLabelledCredit();

    [GeneratedRegex(@"\b(?:photo|photograph|images?|getty|reuters|AP|AFP|EPA|credit|via|courtesy|pool)\b|/",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex CreditHint();

    [GeneratedRegex(@"^(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?:\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"\b(?:photo|photograph)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex PhotoWord();
}
