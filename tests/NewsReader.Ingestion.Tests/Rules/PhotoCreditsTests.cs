using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

public sealed class PhotoCreditsTests
{
    [Theory]
    [InlineData("A woman at the market. (AP Photo/Sergei Grits)", "A woman at the market.", "AP Photo/Sergei Grits", "Sergei Grits", "AP")]
    [InlineData("Protesters march. Photo: Jane Doe, AP", "Protesters march.", "Photo: Jane Doe, AP", "Jane Doe", "AP")]
    [InlineData("Traders work. REUTERS/Brendan McDermid", "Traders work.", "REUTERS/Brendan McDermid", "Brendan McDermid", "Reuters")]
    [InlineData("The president speaks. (Getty Images)", "The president speaks.", "Getty Images", null, "Getty Images")]
    [InlineData("A rocket. (Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)", "A rocket.",
        "Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP", "Oleg Urusov", "AP")]
    [InlineData("Whales on a beach. Photograph: Tim Cuff/Getty Images", "Whales on a beach.", "Photograph: Tim Cuff/Getty Images", "Tim Cuff", "Getty Images")]
    [InlineData("A man (left) waves.", "A man (left) waves.", null, null, null)]
    [InlineData("Declan Rice po vítězství na Aston Ville. | Foto: Reuters", "Declan Rice po vítězství na Aston Ville. |", "Foto: Reuters", null, "Reuters")]
    [InlineData("Wie angespannt die Lage im Hafen ist, zeigt ein einziges Foto: Der Minister steht allein am Rednerpult.",
        "Wie angespannt die Lage im Hafen ist, zeigt ein einziges Foto: Der Minister steht allein am Rednerpult.", null, null, null)]
    public void Split_CaptionWithCredit_SeparatesCreditPhotographerAndAgency(
        string caption, string expectedCaption, string? credit, string? photographer, string? agency)
    {
        var split = PhotoCredits.Split(caption);

        Assert.Equal(new CaptionCredit(expectedCaption, credit, photographer, agency), split);
    }
}
