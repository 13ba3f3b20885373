using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

public sealed class TimestampTests
{
    [Theory]
    [InlineData("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC")]
    [InlineData("posted on April 21, 2015, at 11:29 a.m.")]
    [InlineData("08.04.2015 12:46")]
    [InlineData("21.dez.2018 às 12h55")]
    [InlineData("AFP 30 avril 2015 à 07:19")]
    [InlineData("CNET Japan 3/9(木) 18:45配信")]
    [InlineData("Aktualisiert am 08.04. um 12:46")]
    public void HasTimestamp_DateLinesInAnyLanguage_AreRecognised(string line)
    {
        Assert.True(PageFurniture.HasTimestamp(line));
    }

    [Theory]
    [InlineData("Bayern schlägt Dortmund 3:2 im Pokal 2015")]
    [InlineData("Meeting set for 10:30")]
    [InlineData("1Password für Mac generiert Einmal-Passwörter")]
    [InlineData("Shares rose 2.5% by 10:30")]
    [InlineData("")]
    [InlineData("1:0")]
    public void HasTimestamp_ScoresDecimalsAndUndatedTimes_AreNotDateLines(string line)
    {
        Assert.False(PageFurniture.HasTimestamp(line));
    }

    [Theory]
    [InlineData("08.04.2015 12:46")]
    [InlineData("21.dez.2018 às 12h55")]
    [InlineData("AFP 30 avril 2015 à 07:19")]
    [InlineData("CNET Japan 3/9(木) 18:45配信")]
    [InlineData("Aktualisiert am 08.04. um 12:46")]
    public void HasClockDate_DateLinesTheWrittenPatternMisses_AreRecognisedByTheirNumbers(string line)
    {
        Assert.False(PageFurniture.HasWrittenTimestamp(line));
        Assert.True(PageFurniture.HasClockDate(line));
    }

    [Theory]
    [InlineData("Bayern schlägt Dortmund 3:2 im Pokal 2015")]
    [InlineData("Meeting set for 10:30")]
    [InlineData("Shares rose 2.5% by 10:30")]
    [InlineData("Flight 2015 leaves at 24:10")]
    [InlineData("Doors open 12:60 on 08.04.")]
    public void HasClockDate_ScoresImpossibleTimesAndTimesWithoutADate_AreNotDates(string line)
    {
        Assert.False(PageFurniture.HasClockDate(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1:0")]
    public void HasClockDate_TextShorterThanAClockTime_IsNoDate(string line)
    {
        Assert.False(PageFurniture.HasClockDate(line));
    }

    [Fact]
    public void HasClockDate_ALineLongerThanADateLine_IsNotOne()
    {
        var line = "08.04.2015 12:46 " + new string('x', 120);

        Assert.False(PageFurniture.HasClockDate(line));
        Assert.True(PageFurniture.HasClockDate(line.AsSpan(0, 16)));
    }
}
