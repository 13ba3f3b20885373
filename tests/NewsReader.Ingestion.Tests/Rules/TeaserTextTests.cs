using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>A teaser as a reader follows it: its title clean, and no link made of what is no story.</summary>
public sealed class TeaserTextTests
{
    [Theory]
    [InlineData("&#39;Growing Pains&#39; Star Alan Thicke Dead at 69", "'Growing Pains' Star Alan Thicke Dead at 69")]
    [InlineData("[INS:Can:INS] [INS:an:INS] [INS:iPhone:INS] [INS:7:INS] [INS:survive:INS] [INS:it?:INS]", "Can an iPhone 7 survive it?")]
    [InlineData("<b>Ferry</b> services resume on the fjord", "Ferry services resume on the fjord")]
    [InlineData("<b>Ferry</b>\u00A0services resume on\tthe fjord", "Ferry services resume on the fjord")] // a page's markup and its odd spaces
    [InlineData("[logo-fando] Ferry services resume on the fjord", "Ferry services resume on the fjord")]
    [InlineData("[CDwsg63WgA] [SqjK4C_n] Ferry services resume on the fjord", "Ferry services resume on the fjord")]
    [InlineData("Report: Ferry Gave $221 Million to Harbours in Last Hours5,984 comments - 13 hours ago", "Report: Ferry Gave $221 Million to Harbours in Last Hours")]
    [InlineData("Ferry services resume on the fjord\uE046", "Ferry services resume on the fjord")]
    [InlineData("Everything We Know About the Ferry [UPDATED]", "Everything We Know About the Ferry [UPDATED]")]
    [InlineData("Obama visits Kenya", "Obama visits Kenya")]
    [InlineData("Verizon Is Said to Be Near a Deal to Acquire Yahoo JULY 22, 2016", "Verizon Is Said to Be Near a Deal to Acquire Yahoo")]
    [InlineData("U.S. Sweetens Offer to Take Sudan Off Terrorist List NOV. 7, 2010", "U.S. Sweetens Offer to Take Sudan Off Terrorist List")]
    [InlineData("What Happened on July 4, 1776", "What Happened on July 4, 1776")] // a headline's own date
    [InlineData("暴风魔镜在激进的路上", "暴风魔镜在激进的路上")] // a whole title in a word or two, in a script without spaces
    public void Clean_Title_KeepsTheWordsAReaderSees(string title, string expected) =>
        Assert.Equal(new Teaser(expected, null), TeaserText.Clean(title, null));

    [Theory]
    [InlineData("Save\uE051")]
    [InlineData("More like this")]
    [InlineData("Show more")]
    [InlineData("Powered By ZergNet")]
    [InlineData("Best Tracking Device Ever is Selling Like CrazySponsored by TrackR Bravo")]
    [InlineData("Newsflare on MSN")]
    [InlineData("More by CC7567")]
    [InlineData("About | Advertising | Contact | Corrections")]
    [InlineData("RA Basics|Severe Psoriasis|ED Causes")]
    [InlineData("4 hours ago")]
    [InlineData("24 July 2015")]
    [InlineData("před 1 minutou")]
    [InlineData("More Related Stories")]
    [InlineData("View More Trending Stories »")]
    [InlineData("Plus de Buzz ›")]
    [InlineData("Find us on:")]
    [InlineData("Latest Stories")]
    [InlineData("[144x144]")]
    [InlineData("<span class=x></span>")]
    public void Clean_EntryThatIsNoStory_IsNone(string title) =>
        Assert.Null(TeaserText.Clean(title, null));

    [Theory]
    [InlineData("14:10", "Séisme. Un tremblement de terre de magnitude 6,7 a frappé le Népal")] // a live feed's entry
    [InlineData("[27MARISSA-]", "Marissa Mayer’s Media Problem at Yahoo Is Now Verizon’s to Solve")]
    [InlineData("Play Video", "Over 140 whales die after becoming stranded on a remote beach")]
    public void Clean_EntryTitledByWhatIsNoTitle_IsTitledByTheTextUnderIt(string title, string summary) =>
        Assert.Equal(new Teaser(summary, null), TeaserText.Clean(title, summary));

    [Theory]
    [InlineData("Biden wins")]
    [InlineData("Watch: Biden speaks")]
    [InlineData("Save the Children warns")]
    [InlineData("Privacy bill passes")]
    [InlineData("Email scam targets pensioners")]
    [InlineData("Bill sponsored by Sen. Warren passes Senate")]
    [InlineData("Promoted sides spend big in January window")]
    [InlineData("More by-elections loom for Tories")]
    [InlineData("Powered by AI, newsrooms rethink jobs")]
    [InlineData("Why Microsoft bet big on MSN")]
    [InlineData("More from Davos: CEOs worry about AI")]
    [InlineData("Opinion | Why the Fed got it wrong | The Post")]
    public void Clean_HeadlineThatOnlyHoldsAWordOfTheRules_IsAStory(string title) =>
        Assert.Equal(new Teaser(title, null), TeaserText.Clean(title, null));

    [Theory]
    [InlineData("Powered by ZergNet")]
    [InlineData("More like this")]
    public void Clean_EntryLeftOutForWhatItIs_IsNotTitledByTheTextUnderIt(string title) =>
        Assert.Null(TeaserText.Clean(title, "This Is What Happens To Your Body When You Eat Eggs Every Day"));

    [Theory]
    [InlineData(new[] { "Environment", "Climate change", "Contact us" }, true)]
    [InlineData(new[] { "Environment", "Climate change", "Ferry services resume on the fjord" }, true)]
    [InlineData(new[] { "Biden wins", "Ferry services resume on the fjord", "Fishing quotas to be cut again" }, false)]
    [InlineData(new[] { "暴风魔镜", "湖南广电能否再次崛起" }, false)]
    public void IsMenu_ListMostlyOfAWordOrTwo(string[] titles, bool expected) =>
        Assert.Equal(expected, TeaserText.IsMenu([.. titles.Select(title => new Teaser(title, null))]));

    [Theory]
    [InlineData("© 2015 Example News", null)]
    [InlineData("Dictionary Physician Directory", "©2005-2015 Example News, LLC. All rights reserved.")]
    public void IsMenu_ListHoldingTheSitesCopyrightNotice_IsTheFooter(string title, string? summary) =>
        Assert.True(TeaserText.IsMenu(
            [new("Ferry services resume on the fjord after the storm", null), new("Fishing quotas to be cut for a third year", null), new(title, summary)]));

    [Fact]
    public void IsMenu_ListOfHeadlinesAboutPrivacyAndCookies_IsNoFooter() =>
        Assert.False(TeaserText.IsMenu(
            [new("Privacy watchdog fines ferry operator over passenger data", null), new("Why the cookie banners are not going away", null)]));

    [Fact]
    public void Clean_Summary_IsCleanedLikeTheTitleAndDroppedWhenItOnlyRepeatsIt()
    {
        Assert.Equal(
            new Teaser("Ferry services resume on the fjord", "Crossings run & on time."),
            TeaserText.Clean("Ferry services resume on the fjord", "[8fffe82208] Crossings run &amp; on time."));
        Assert.Equal(
            new Teaser("Ferry services resume on the fjord", null),
            TeaserText.Clean("Ferry services resume on the fjord", "Ferry services resume on the fjord"));
    }

    [Fact]
    public void Clean_AdvertisedBySummary_IsNone() =>
        Assert.Null(TeaserText.Clean("Trading made simple for everyone today", "IFC Markets. Forex & CFD trading AdChoices"));

    [Theory]
    [InlineData("1", true)]
    [InlineData("10", true)]
    [InlineData("1000", false)]
    [InlineData("1.", false)]
    [InlineData("", false)]
    public void IsRank_ANumberOfUpToThreeDigits(string text, bool expected) =>
        Assert.Equal(expected, TeaserText.IsRank(text));

    [Fact]
    public void Clean_SummaryThatIsTheSiteAskingForFeedback_IsNoSummary() =>
        Assert.Equal(
            new Teaser("Darfur Withers as Sudan Sells Food", null),
            TeaserText.Clean("Darfur Withers as Sudan Sells Food", "We’re interested in your feedback on this page. Tell us what you think."));

    [Fact]
    public void WithoutRanks_TitlesNumberedFromOneInOrder_LoseTheirNumbers() =>
        Assert.Equal(
            [new("Jeep hack prompts 1.4m car recall", null), new("Four-legged snake fossil discovered", null), new("10 things to know about the ferry strike", null)],
            TeaserText.WithoutRanks([new("1 Jeep hack prompts 1.4m car recall", null), new("2 Four-legged snake fossil discovered", null), new("3 10 things to know about the ferry strike", null)]));

    [Theory]
    [InlineData("10 things to know about the ferry strike", "2 Four-legged snake fossil discovered", "3 US military wary of civilian guards")]
    [InlineData("1 Jeep hack prompts 1.4m car recall", "3 Four-legged snake fossil discovered", "2 US military wary of civilian guards")]
    [InlineData("1 Jeep hack prompts 1.4m car recall", "2 Four-legged snake fossil discovered", "3")]
    public void WithoutRanks_TitlesNotNumberedFromOneInOrder_StayAsTheyAre(string first, string second, string third)
    {
        List<Teaser> stories = [new(first, null), new(second, null), new(third, null)];

        Assert.Same(stories, TeaserText.WithoutRanks(stories));
    }

    [Fact]
    public void WithoutRanks_TwoTitlesOpeningWithOneAndTwo_StayAsTheyAre()
    {
        List<Teaser> stories = [new("1 dead as ferry hits pier", null), new("2 charged over harbour fire", null)];

        Assert.Same(stories, TeaserText.WithoutRanks(stories));
    }
}
