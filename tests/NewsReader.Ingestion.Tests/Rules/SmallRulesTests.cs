using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

public sealed class SmallRulesTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("— · —", new string[0])]
    [InlineData("U.S. cease-fire, 2020!", new[] { "U", "S", "cease", "fire", "2020" })]
    [InlineData("«Ferry» docked", new[] { "Ferry", "docked" })]
    [InlineData("相关新闻 ok", new[] { "相关新闻", "ok" })]
    public void Words_AreTheRunsOfLettersAndDigitsInOrder(string text, string[] expected)
    {
        Assert.Equal(expected, WordCount.Words(text));
        Assert.Equal(WordCount.Of(text), WordCount.Words(text).Count());
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("Ferry", 1)]
    [InlineData("Ferry services", 2)]
    [InlineData("Ferry services resume on the fjord after the storm", 5)]
    [InlineData("— · — · — · — · — · —", 1)]
    [InlineData("'A' 'B' 'C' 'D' 'E'", 4)]
    [InlineData("U.S.-Israeli ties", 4)]
    [InlineData("相关新闻 ok 1 2", 4)]
    public void UpTo_AgreesWithTheFullCountUpToOnePastTheLimit(string text, int limit) =>
        Assert.Equal(Math.Min(WordCount.Of(text), limit + 1), WordCount.UpTo(text, limit));

    [Theory]
    [InlineData("APTOPIX Armenia Azerbaijan", true)]
    [InlineData("Armenia Azerbaijan", true)]
    [InlineData("Virus Outbreak Britain", true)]
    [InlineData("A woman carries her purchases.", false)]
    [InlineData("Stay in the know at a glance", false)]
    public void IsSlugLine_RecognisesWireSlugs(string line, bool expected) =>
        Assert.Equal(expected, SlugLines.IsSlugLine(line));

    [Theory]
    [InlineData("By JEFFREY GETTLEMAN JAN. 13, 2017", "By JEFFREY GETTLEMAN")]
    [InlineData("By Idrees Ali and Ben Blanchard", "By Idrees Ali and Ben Blanchard")]
    [InlineData("By NATALIYA VASILYEVA, Associated Press", "By NATALIYA VASILYEVA")]
    [InlineData("By Steven Musil November 2, 2016 4:45 PM PDT", "By Steven Musil")]
    [InlineData("by  Jane Doe | Reuters", "By Jane Doe")]
    [InlineData("By STEVEN DAVIDOFF SOLOMON JULY 29, 2016", "By STEVEN DAVIDOFF SOLOMON")]
    [InlineData("By Kari NordmannJan. 5, 2017", "By Kari Nordmann")]
    [InlineData("By Associated Press", null)]
    public void Clean_Byline_DropsGluedDatesAndAgencies(string raw, string? expected) =>
        Assert.Equal(expected, Bylines.Clean(raw));

    [Theory]
    [InlineData("·2 min read", 2)]
    [InlineData("5 min read", 5)]
    [InlineData("12 minute read", 12)]
    [InlineData("Reading time: 3 min", 3)]
    public void TryParseStated_ReadsStatedReadingTime(string line, int minutes)
    {
        Assert.True(ReadingTime.TryParseStated(line, out var parsed));
        Assert.Equal(minutes, parsed);
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(230, 0, 1)]
    [InlineData(460, 0, 2)]
    [InlineData(460, 6, 3)]
    [InlineData(1150, 0, 5)]
    public void Estimate_CountsWordsAndPhotos_AtLeastOneMinute(int words, int photos, int minutes) =>
        Assert.Equal(minutes, ReadingTime.Estimate(words, photos));

    [Theory]
    [InlineData("at the market on Saturday, Nov. 21, 2020. Ethnic Armenians", 2020, 11, 21)]
    [InlineData("In this photo dated Tuesday, Nov, 29, 2016 the rocket", 2016, 11, 29)]
    [InlineData("Associated PressDecember 2, 2016", 2016, 12, 2)]
    [InlineData("taken on January 13th, 2017", 2017, 1, 13)]
    public void Find_CaptionDate_ReadsTheDate(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), CaptionDates.Find(text));

    [Theory]
    [InlineData("Nov. 31, 2020")]
    [InlineData("no date here")]
    public void Find_NoValidDate_ReturnsNull(string text) => Assert.Null(CaptionDates.Find(text));

    [Theory]
    [InlineData("Latest Stories")]
    [InlineData("What to Read Next")]
    [InlineData("Most Popular")]
    [InlineData("Related")]
    [InlineData("More from The Guardian")]
    [InlineData("Recommended")]
    [InlineData("You May Also Like")]
    public void TryMatch_RelatedListHeadings_KeepsTheHeading(string line)
    {
        Assert.True(RelatedHeadings.TryMatch(line, out var heading));
        Assert.Equal(line, heading);
    }

    [Theory]
    [InlineData("Related to the case, police said nothing.")]
    [InlineData("The most popular dish in town")]
    public void TryMatch_OrdinaryLines_AreNotHeadings(string line) =>
        Assert.False(RelatedHeadings.TryMatch(line, out _));

    [Theory]
    [InlineData("1/5", 1, 5)]
    [InlineData("1 / 5", 1, 5)]
    [InlineData("Image 1 of 8", 1, 8)]
    public void TryMatch_GalleryCounters(string line, int index, int count)
    {
        Assert.True(GalleryCounters.TryMatch(line, out var i, out var c));
        Assert.Equal((index, count), (i, c));
    }

    [Theory]
    [InlineData("6/5")]
    [InlineData("0/5")]
    [InlineData("24/7 coverage")]
    public void TryMatch_NotACounter(string line) => Assert.False(GalleryCounters.TryMatch(line, out _, out _));

    [Fact]
    public void Fold_IgnoresCasePunctuationAndQuotes() =>
        Assert.Equal(HeadlineKeys.Fold("Trump's “defeat” — now"), HeadlineKeys.Fold("TRUMP’S \"Defeat\" - Now"));
}
