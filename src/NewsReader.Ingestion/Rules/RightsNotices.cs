using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// Recognises the short copyright or rights notice pages set under a story: <c>© 2016 Example News</c>,
/// <c>All rights reserved</c>, <c>This material may not be published, broadcast, rewritten or redistributed</c>,
/// and the same in the corpus languages (<c>Alle Rechte vorbehalten</c>, <c>Tous droits réservés</c>,
/// <c>未经授权，不得转载</c>, <c>無断転載</c>).
/// </summary>
/// <remarks>
/// <see cref="PageFurniture.IsBoilerplateProse"/> also knows the copyright sign and "all rights reserved", in a line
/// of any length, but there a line only counts against the text parser's body around it; this rule takes a paragraph
/// out of the body outright, so it asks for a short one, and knows the other phrasings.
/// </remarks>
internal static partial class RightsNotices
{
    // Rights notices are a line or two; a longer paragraph mentioning copyright is about something.
    public const int MaxLength = 240;

    /// <summary>True for a paragraph of at most <see cref="MaxLength"/> characters that is a rights notice.</summary>
    public static bool IsNotice(string paragraph) =>
        paragraph.Length <= MaxLength && (paragraph.Contains(PageFurniture.CopyrightSign, StringComparison.Ordinal) || Notice().IsMatch(paragraph));

    [GeneratedRegex(
        @"\ball rights reserved\b|\bcopyright\s*(?:\(c\)|\d{4})|\bmay not be (?:re)?(?:published|produced|printed|distributed|broadcast)\b"
            + @"|\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados)\b"
            + @"|版权所有|未经(?:授权|许可|同意)|(?:不得|禁止|严禁|谢绝)转载|無断(?:転載|複製)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Notice();
}
