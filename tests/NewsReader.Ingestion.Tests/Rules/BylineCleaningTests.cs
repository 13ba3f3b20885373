using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>
/// What a byline keeps once cleaned: the people who wrote the story, not what a page sets beside them on the same line.
/// </summary>
public sealed class BylineCleaningTests
{
    [Theory]
    [InlineData("by Lucas Nolan22 Dec 2016651", "By Lucas Nolan")] // day, month, year and a comment count glued on
    [InlineData("By Kari Nordmann 5 January 2017", "By Kari Nordmann")]
    [InlineData("By Kari Nordmann, 5 Jan.", "By Kari Nordmann")]
    [InlineData("César Salza 1 de diciembre de 2017", "By César Salza")]
    [InlineData("Kari Nordmann 12. Dezember 2016", "By Kari Nordmann")]
    [InlineData("Kari Nordmann 3 décembre 2016", "By Kari Nordmann")]
    public void Clean_DropsADateWrittenDayFirst(string raw, string expected) =>
        Assert.Equal(expected, Bylines.Clean(raw));

    [Theory]
    [InlineData("por César Salza", "By César Salza")]
    [InlineData("Par Sébastien Farcis", "By Sébastien Farcis")]
    [InlineData("Von Kari Nordmann", "By Kari Nordmann")]
    [InlineData("Tech Industry by Steven Musil", "By Steven Musil")] // a section's name before the credit
    [InlineData("Story by Kari Nordmann", "By Kari Nordmann")]
    public void Clean_DropsWhatComesBeforeTheWordForBy(string raw, string expected) =>
        Assert.Equal(expected, Bylines.Clean(raw));

    [Theory]
    [InlineData("By Ahiza Garcia @ahiza_garcia", "By Ahiza Garcia")]
    [InlineData("James Akinaka • 8h", "By James Akinaka")]
    [InlineData("Tech Insider Alex Perry 1 day ago SHARE SHARE TWEET SHARE EMAIL", "By Tech Insider Alex Perry")]
    [InlineData("By Kari Nordmann 25 minutes ago", "By Kari Nordmann")]
    [InlineData("By Kari Nordmann. Updated 3 hours ago", "By Kari Nordmann")]
    public void Clean_DropsHandlesAgesAndWhatFollowsThem(string raw, string expected) =>
        Assert.Equal(expected, Bylines.Clean(raw));

    [Theory]
    [InlineData("Ben Silverman Games Editor", "By Ben Silverman")]
    [InlineData("By Kari Nordmann, Senior Writer", "By Kari Nordmann")]
    [InlineData("By Kari Nordmann, White House Correspondent", "By Kari Nordmann")]
    [InlineData("By Kari Nordmann Columnist", "By Kari Nordmann")]
    public void Clean_DropsTheWritersJobTitle(string raw, string expected) =>
        Assert.Equal(expected, Bylines.Clean(raw));

    [Theory]
    [InlineData("By Mark Di Stefano")] // a particle, not Italian for "by"
    [InlineData("By May Jeong")] // a month's name as a first name, no day beside it
    [InlineData("By Jan Nordmann and Mar Olsen")]
    [InlineData("By Brenda Goodman, MA")]
    [InlineData("By Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)")]
    [InlineData("By The Editor")] // a title with no name left beside it stays
    [InlineData("By Kari Nordmann")]
    [InlineData("By Kari Nordmann, photos by Ola Nordmann")]
    [InlineData("By Kari Nordmann and Ola Nordmann with reporting by Per Hansen")]
    [InlineData("By Kari Nordmann | Edited by Ola Nordmann")]
    [InlineData("By Kari Nordmann / Photos by Ola Nordmann")]
    [InlineData("By Kari Nordmann; photos by Ola Nordmann")]
    [InlineData("By Kari Nordmann Photos by Ola Nordmann")]
    [InlineData("By Von Diaz")] // a name opening like German's "by", after the site's own "By"
    [InlineData("By Von Miller")]
    [InlineData("By Channel 4 Mar Vista bureau")] // a number before a month-like word that goes on as a name
    [InlineData("By May Jeong, 3 photos")]
    public void Clean_KeepsNamesThatOnlyLookLikeNoise(string raw) =>
        Assert.Equal(raw, Bylines.Clean(raw));
}
