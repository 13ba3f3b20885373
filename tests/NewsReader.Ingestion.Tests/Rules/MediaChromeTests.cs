using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>What a video player and a page's images leave in a dump, told from the article's own lines.</summary>
public sealed class MediaChromeTests
{
    [Theory]
    [InlineData("Current Time 0:00")]
    [InlineData("Remaining Time -0:00")]
    [InlineData("Duration Time 1:02:03")]
    [InlineData("captions settings, opens captions settings dialog")]
    [InlineData("subtitles off, selected")]
    [InlineData("This is a modal window.")]
    [InlineData("This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.")]
    [InlineData("Beginning of dialog window. Escape will cancel and close the window.")]
    [InlineData("Text Edge Style [None ]")]
    [InlineData("Font Size [100%]")]
    [InlineData("Proportional Sans-Serif")]
    [InlineData("Loaded: 0%")]
    [InlineData("Progress: 12.5%")]
    public void IsPlayerControl_TheVideoPlayersLines(string line) =>
        Assert.True(MediaChrome.IsPlayerControl(line));

    [Theory]
    [InlineData("The current time of 0:00 was shown on the clock when the ferry left.")]
    [InlineData("This is a modal window into the life of a ferry captain.")]
    [InlineData("Captions settings were changed by the broadcaster on Monday.")]
    [InlineData("Current Time 1200")] // a clock has its colon
    [InlineData("Loaded: all%")]
    [InlineData("Font Size")] // a heading an article about type may have: the player's comes with its bracketed value
    public void IsPlayerControl_ProseAboutTheSameThings_IsNot(string line) =>
        Assert.False(MediaChrome.IsPlayerControl(line));

    [Theory]
    [InlineData("hotel-door-getty.jpg", true)]
    [InlineData("Lifestyle-hotels.JPG", true)]
    [InlineData("chart_2020.png", true)]
    [InlineData("The photo was saved as hotel.jpg", false)]
    [InlineData("www.example.com", false)]
    [InlineData("images/hotel.jpg", false)]
    [InlineData(".jpg", false)]
    public void IsImageFileName_ALoneFileNameOfAnImage(string line, bool expected) =>
        Assert.Equal(expected, MediaChrome.IsImageFileName(line));

    [Theory]
    [InlineData("[144x144]", true)]
    [InlineData("[339633] [339633]", true)]
    [InlineData("[Nic6429] [Nic6429732-6547]", true)]
    [InlineData("[grid-cell-2501-1429608056-1]", true)]
    [InlineData("[UPDATED] Ferry services resume", false)]
    [InlineData("[Read: Ferry services resume]", false)] // a link the article makes
    [InlineData("[]", false)]
    [InlineData("", false)]
    public void IsImageOnly_BracketedNamesAndNothingElse(string text, bool expected) =>
        Assert.Equal(expected, MediaChrome.IsImageOnly(text));
}
