using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>What a text browser writes into a paragraph beside its words, and the words that only look like it.</summary>
public sealed class ParagraphTextTests
{
    [Theory]
    [InlineData("[INS::INS] 所以，当宇航员在地球轨道上时，将还不得不满足于欣赏外面的景色。", "所以，当宇航员在地球轨道上时，将还不得不满足于欣赏外面的景色。")]
    [InlineData("The [INS:new:INS] ferry left the harbour on time.", "The new ferry left the harbour on time.")]
    [InlineData("The ferry [INS::INS] left the harbour on time.", "The ferry left the harbour on time.")]
    [InlineData("0225-lupita-nyongo-getty-01Lupita Nyong'o's dress was stolen from her hotel room.", "Lupita Nyong'o's dress was stolen from her hotel room.")]
    [InlineData("update_graphic_red_bar12:00 PM PT -- Deputies were at the hotel on Thursday morning.", "12:00 PM PT -- Deputies were at the hotel on Thursday morning.")]
    [InlineData("ferry-terminal-storm-2Crossings resumed after two days.", "Crossings resumed after two days.")]
    public void Clean_TextBrowsersMarksAndImageNamesRunIntoTheWords_GoAndTheWordsStay(string paragraph, string cleaned) =>
        Assert.Equal(cleaned, ParagraphText.Clean(paragraph));

    [Theory]
    [InlineData("e-mail-based scams rose by 40% last year, the regulator said.")]
    [InlineData("well-to-do families left the coast after the storm.")]
    [InlineData("covid-19 cases rose again in the harbour towns.")]
    [InlineData("e-mailNews of the storm spread quickly.")] // two parts may be the article's own word
    [InlineData("iPhone-maker-style launches drew crowds to the terminal.")]
    [InlineData("3-2-1 the countdown began as the ferry left.")]
    [InlineData("Crossings resumed after two days in which high winds kept every boat in port.")]
    [InlineData("[UPDATED] Crossings resumed after two days.")]
    [InlineData("state-of-the-art2 ferries will join the fleet, the operator said.")] // a footnote's number run on
    [InlineData("04-05-2015Police said the ferry left on time.")]
    [InlineData("2015-05-04T13:36The ferry left on time.")]
    public void Clean_ParagraphWithoutThem_IsTheSameString(string paragraph) =>
        Assert.Same(paragraph, ParagraphText.Clean(paragraph));

    [Fact]
    public void Clean_NothingButAMark_IsEmpty() =>
        Assert.Equal(string.Empty, ParagraphText.Clean("[INS::INS] [INS::INS]"));
}
