using NewsReader.Ingestion.Text;

namespace NewsReader.Ingestion.Tests.Text;

public sealed class ClockDatesTests
{
    [Theory]
    [InlineData("08.04.2015 12:46")]
    [InlineData("21.dez.2018 às 12h55")]
    [InlineData("AFP 30 avril 2015 à 07:19")]
    [InlineData("CNET Japan 3/9(木) 18:45配信")]
    public void HasDatedTime_DateLinesInAnyLanguage_AreRecognised(string line)
    {
        Assert.True(ClockDates.HasDatedTime(line));
    }

    [Theory]
    [InlineData("Bayern schlägt Dortmund 3:2 im Pokal 2015")]
    [InlineData("Meeting set for 10:30")]
    [InlineData("1Password für Mac generiert Einmal-Passwörter")]
    public void HasDatedTime_ScoresAndUndatedTimes_AreNotDateLines(string line)
    {
        Assert.False(ClockDates.HasDatedTime(line));
    }
}
