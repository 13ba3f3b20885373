using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using NewsReader.Ingestion.Rules;
using NewsReader.Ingestion.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>
/// The rules settle most lines with plain character checks before (or instead of) their patterns. Those checks
/// must decide exactly as the patterns did: each rule is compared here with the pattern-only version it
/// replaced, over every line of the corpus dumps and over random lines built from the characters the checks
/// look at (including the ones that fold onto ASCII letters under case-insensitive matching).
/// </summary>
public sealed class RuleShortcutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly Regex ByPrefix = new(@"^By\s+(?=\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex AnyLanguageBy = new(@"^(?:By|Por|Par|Von|Door|Di|Av|Af)\s+\p{Lu}", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Counter = new(
        @"^(?:(?:Image|Photo|Picture|Slide)\s+)?(?<index>\d{1,3})\s*(?:/|of)\s*(?<count>\d{1,3})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex Stated = new(
        @"^[·•|\s]*(?:(?:Reading time|Read time)\s*:?\s*)?(?<minutes>\d{1,3})\s*(?:min|mins|minutes?)\.?(?:\s+read)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex Timestamp = new(
        @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\b\.?|ET\b|EST\b|EDT\b|PT\b|PST\b|PDT\b|UTC\b|GMT\b|BST\b|CET\b)|\b\d{1,2}:\d{2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d+\s*(?:h|hrs?|hours?|mins?|minutes?|days?)\s+ago\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex TrailingParenthesis = new(@"\((?<credit>[^()]{2,160})\)$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex TrailingLabelledCredit = new(
        @"(?<=^|[.!?”""’)]\s?|\s)(?<credit>(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?:\s[^:]{2,100}|(?:REUTERS|AFP|AP|EPA)/\p{Lu}[^/]{1,60})$",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex FullDate = new(
        @"(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s(?<year>\d{4})\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static readonly string[] CreditWords = ["By", "Por", "Par", "Von", "Door", "Di", "Av", "Af"];

    // Letters, digits and marks the checks test for, their look-alikes under case folding (Kelvin sign, long s,
    // dotted and dotless i), other scripts' digits and capitals, and the spaces \s matches.
    private static readonly Gen<string> Lines = Gen.OneOf(
            Gen.Const("By "), Gen.Const("Por "), Gen.Const("Di "), Gen.Const("Photo: "), Gen.Const("REUTERS/"), Gen.Const("AP Photo/"),
            Gen.Const("Image "), Gen.Const("1 of 5"), Gen.Const("12/5"), Gen.Const("min read"), Gen.Const("Reading time: "),
            Gen.Const("The quick brown fox (2019) jumps "), Gen.Const("Nov. 21, 2020"), Gen.Const("10:30 am"), Gen.Const("3 hours ago"), Gen.Const("Latest Stories"), Gen.Const("Don't Miss"), Gen.Const("More from "), Gen.Const("À lire aussi"), Gen.Const("Mehr zum Thema"), Gen.Const("相关新闻"),
            Gen.Char['a', 'z'].Select(c => c.ToString()), Gen.Char['A', 'Z'].Select(c => c.ToString()), Gen.Char['0', '9'].Select(c => c.ToString()),
            Gen.OneOf(" ", "\t", "\u00A0", "\u2003", "\u0085", "/", ":", ")", "(", ".", ",", "-", "·", "•", "|", "\u212A", "\u017F", "\u0130", "\u0131",
                "\u0663", "\uFF15", "\u00C9", "\u00E9", "\u01C5", "\u4E2D", "\u0410", "\uD835\uDC00", "\u200B"))
        .Array[0, 14]
        .Select(parts => string.Concat(parts));

    public static TheoryData<string> Dumps() => ["page.w3m.txt", "page.innertext.txt"];

    [Theory]
    [MemberData(nameof(Dumps))]
    public void Rules_EveryCorpusLine_DecideAsTheirPatternsDid(string dump)
    {
        var pages = System.IO.Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages"));
        var lines = 0;
        foreach (var page in pages)
        {
            foreach (var line in File.ReadLines(Path.Combine(page, dump)))
            {
                AssertSameDecisions(line);
                AssertSameDecisions(line.Trim());
                lines++;
            }
        }

        Assert.True(lines > 1000, $"only {lines} lines were read");
    }

    [Fact]
    public void Rules_RandomLines_DecideAsTheirPatternsDid() =>
        Lines.Sample(AssertSameDecisions, iter: 20_000, threads: 1);

    [Fact]
    public void HeadlineKeys_EveryLetterAndDigit_FoldsToItsInvariantLowerCase()
    {
        Span<char> folded = stackalloc char[1];
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : string.Empty;

            Assert.Equal(expected, HeadlineKeys.Fold([c]));
            Assert.Equal(expected.Length, HeadlineKeys.Fold([c], folded));
            Assert.Equal(expected.Length == 0 ? HeadlineKeys.Hash(string.Empty) : HashOf(expected), HeadlineKeys.Hash([c]));
        }
    }

    private static long HashOf(string folded)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in folded)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    private static void AssertSameDecisions(string line)
    {
        Assert.True(Bylines.IsByline(line) == IsBylineByPattern(line), $"IsByline: \"{line}\"");
        Assert.True(Bylines.IsShortCredit(line) == IsShortCreditByPattern(line), $"IsShortCredit: \"{line}\"");

        var counter = GalleryCounters.TryMatch(line, out var index, out var count);
        var counterByPattern = TryMatchCounterByPattern(line, out var patternIndex, out var patternCount);
        Assert.True(counter == counterByPattern && (!counter || (index, count) == (patternIndex, patternCount)), $"GalleryCounters: \"{line}\"");

        var stated = ReadingTime.TryParseStated(line, out var minutes);
        var statedByPattern = TryParseStatedByPattern(line, out var patternMinutes);
        Assert.True(stated == statedByPattern && (!stated || minutes == patternMinutes), $"ReadingTime: \"{line}\"");

        Assert.True(PageFurniture.HasWrittenTimestamp(line) == (line.Length <= 300 && Timestamp.IsMatch(line)), $"HasWrittenTimestamp: \"{line}\"");
        Assert.True(RelatedHeadings.TryMatch(line, out var heading) == TryMatchHeadingByPattern(line), $"RelatedHeadings: \"{line}\"");
        _ = heading;

        // The labelled credit and the caption date keep their patterns: only lines that the patterns could never
        // match skip them. The bracketed credit is found from the end, exactly where its pattern matches.
        var trimmed = line.Trim();
        Assert.True(PhotoCredits.EndsWithCredit(line) == (PhotoCredits.Split(line).Credit is not null), $"EndsWithCredit: \"{line}\"");
        var bracketed = TrailingParenthesis.Match(trimmed);
        Assert.True(PhotoCredits.TrailingParenthesisStart(trimmed) == (bracketed.Success ? bracketed.Index : -1), $"TrailingParenthesis: \"{line}\"");
        Assert.True(!TrailingLabelledCredit.IsMatch(trimmed) || trimmed.AsSpan().IndexOfAny(':', '/') >= 0, $"TrailingLabelledCredit: \"{line}\"");
        Assert.True(!FullDate.IsMatch(line) || Digits.MayContain(line), $"FullDate: \"{line}\"");
    }

    private static bool IsBylineByPattern(string line) =>
        line.Length is > 3 and <= 160 && line[0] is 'B' or 'b' && line[1] is 'Y' or 'y' && ByPrefix.IsMatch(line) && WordCount.Of(line) <= 20;

    private static bool IsShortCreditByPattern(string line)
    {
        var opensWithWord = CreditWords.Any(word => line.StartsWith(word, StringComparison.Ordinal) && line.Length > word.Length && char.IsWhiteSpace(line[word.Length]));
        return line.Length is > 3 and <= 80 && opensWithWord && AnyLanguageBy.IsMatch(line) && WordCount.Of(line) <= 8;
    }

    private static bool TryMatchCounterByPattern(string line, out int index, out int count)
    {
        index = 0;
        count = 0;
        if (line.Length is 0 or > 24 || !(char.IsDigit(line[0]) || line[0] is 'I' or 'i' or 'P' or 'p' or 'S' or 's') || !char.IsDigit(line[^1]))
        {
            return false;
        }

        var match = Counter.Match(line);
        return match.Success
            && int.TryParse(match.Groups["index"].ValueSpan, out index)
            && int.TryParse(match.Groups["count"].ValueSpan, out count)
            && index >= 1 && index <= count && count <= 500;
    }

    private static bool TryParseStatedByPattern(string line, out int minutes)
    {
        minutes = 0;
        if (line.Length > 40 || !line.Contains("min", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var match = Stated.Match(line);
        return match.Success
            && int.TryParse(match.Groups["minutes"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out minutes)
            && minutes is > 0 and < 1000;
    }

    // The patterns alone: the openings and their pairs must let through every line the patterns accept.
    private static bool TryMatchHeadingByPattern(string line)
    {
        // A heading in lenticular brackets ("【関連記事】") is matched without them.
        var unbracketed = line.Trim() is ['【', .. var inside, '】'] && inside.Length > 0 ? inside.Trim() : line.Trim();
        if (unbracketed.Length is 0 or > 64 || !char.IsLetter(unbracketed[0]))
        {
            return false;
        }

        var heading = unbracketed.TrimEnd(':', '»', '›', '>', ' ');
        return heading.Length is > 0 and <= 60 && (RelatedHeadings.Heading().IsMatch(heading) || RelatedHeadings.OtherLanguageHeading().IsMatch(heading));
    }

    [Fact]
    public void BoilerplateFragments_EveryPhraseInAnyCase_HoldsOne()
    {
        foreach (var phrase in PageFurniture.BoilerplatePhraseList)
        {
            foreach (var written in (string[])[phrase, phrase.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase)])
            {
                Assert.True(PageFurniture.IndexOfBoilerplateFragment($"Read our {written} here") >= 0, written);
            }
        }

        Assert.Equal(-1, PageFurniture.IndexOfBoilerplateFragment("All the news that is fit to print, terms and all."));
    }

    [Fact]
    public void CaptionLabels_EachOpensWithALetterTheShortcutLetsThrough()
    {
        Assert.All(Captions.CaptionLabels, label => Assert.Contains(label[0], "MIPC"));
    }
}
