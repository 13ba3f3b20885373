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
    // The agencies credits name, as written and as recorded.
    private static readonly (string Written, string Name)[] Agencies =
    [
        ("AP", "AP"), ("Associated Press", "AP"), ("The Associated Press", "AP"), ("REUTERS", "Reuters"),
        ("Reuters", "Reuters"), ("AFP", "AFP"), ("Getty Images", "Getty Images"), ("Getty", "Getty Images"),
        ("EPA", "EPA"), ("EPA-EFE", "EPA-EFE"), ("Bloomberg", "Bloomberg"), ("Shutterstock", "Shutterstock"),
        ("Xinhua", "Xinhua"), ("UPI", "UPI"), ("PA", "PA"), ("Sputnik", "Sputnik"), ("Kremlin", "Kremlin"),
        ("Corbis", "Corbis"), ("Rex Features", "Rex Features"), ("Rex", "Rex Features"), ("Sipa", "Sipa"),
        ("Alamy", "Alamy"), ("Redux", "Redux"), ("NurPhoto", "NurPhoto"), ("ZUMA", "ZUMA"), ("SOPA Images", "SOPA Images"),
        ("Anadolu", "Anadolu"),
    ];

    /// <summary>Splits <c>… Azerbaijan. (AP Photo/Sergei Grits)</c> into caption and credit.</summary>
    public static CaptionCredit Split(string caption)
    {
        var trimmed = caption.Trim();

        // Body lines are tried too, and most have neither form of credit: each pattern needs a character the
        // line may not have (a closing parenthesis at the end; a colon or a slash), checked without the pattern.
        if (TrailingParenthesisStart(trimmed) is var open and >= 0)
        {
            var credit = trimmed[(open + 1)..^1];
            if (LooksLikeCredit(credit))
            {
                return Build(trimmed[..open], credit);
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

    /// <summary>Whether <see cref="Split"/> finds a credit, without reading the credit's parts.</summary>
    public static bool EndsWithCredit(string caption)
    {
        var trimmed = caption.AsSpan().Trim();
        if (TrailingParenthesisStart(trimmed) is var open and >= 0 && LooksLikeCredit(trimmed[(open + 1)..^1]))
        {
            return true;
        }

        return trimmed.IndexOfAny(':', '/') >= 0 && TrailingLabelledCredit().IsMatch(trimmed);
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

    /// <summary>The agency a credit's part names (<c>Reuters</c>, <c>AP Photo</c>, <c>Getty Images</c>), or null.</summary>
    internal static string? AgencyOf(ReadOnlySpan<char> text)
    {
        foreach (var (written, name) in Agencies)
        {
            if (text.StartsWith(written, StringComparison.OrdinalIgnoreCase)
                && text[written.Length..] is var rest
                && (rest.IsEmpty || rest.Equals(" Photo", StringComparison.OrdinalIgnoreCase) || rest.Equals(" Images", StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }

        return null;
    }

    private static bool LooksLikeCredit(ReadOnlySpan<char> text) => CreditHint().IsMatch(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>
    /// Where a bracketed credit closing the text opens (<c>(AP Photo/Sergei Grits)</c>: two to 160 characters, no
    /// brackets inside), or -1: what <c>\((?&lt;credit&gt;[^()]{2,160})\)$</c> matches, found from the end.
    /// </summary>
    internal static int TrailingParenthesisStart(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || text[^1] != ')')
        {
            return -1;
        }

        var inner = text[..^1];
        var open = inner.LastIndexOfAny('(', ')');
        return open >= 0 && inner[open] == '(' && inner.Length - open - 1 is >= 2 and <= MaxBracketedCredit ? open : -1;
    }

    private const int MaxBracketedCredit = 160;

    // Photo: Jane Doe, AP | Photograph: Jane Doe/Getty Images | REUTERS/Name | Credit: Jane Doe | "… | Foto: Reuters"
    // (the label in Czech, German, Spanish and Portuguese, only after a bar or alone: German prose capitalises the
    // noun, "…zeigt ein einziges Foto: Der Minister…")
    [GeneratedRegex(
        @"(?<=^|[.!?”""’)]\s?|\s)(?<credit>(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?:\s[^:]{2,100}|(?<=^|\|\s?)Fotos?:\s[^:]{2,100}|(?:REUTERS|AFP|AP|EPA)/\p{Lu}[^/]{1,60})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingLabelledCredit();

    [GeneratedRegex(@"\b(?:photo|photograph|images?|getty|reuters|AP|AFP|EPA|credit|via|courtesy|pool)\b|/",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex CreditHint();

    [GeneratedRegex(@"^(?:Photo|Photograph|Picture|Image|Credit|Photo credit|Foto)s?:\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"\b(?:photo|photograph)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex PhotoWord();
}
