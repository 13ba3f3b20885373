using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

public sealed class RightsNoticesTests
{
    [Theory]
    [InlineData("© 2026 Daily Example")]
    [InlineData("Copyright 2026 The Associated Press. All rights reserved.")]
    [InlineData("ALL RIGHTS RESERVED")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("This article may not be reproduced without permission.")]
    [InlineData("Copyright (c) Daily Example")]
    [InlineData("Copyright 2026")]
    [InlineData("Alle Rechte vorbehalten.")]
    [InlineData("© Example Presse. Tous droits réservés.")]
    [InlineData("Todos los derechos reservados.")]
    [InlineData("Todos os direitos reservados.")]
    [InlineData("【本文版权归示例新闻所有。未经授权，不得转载。】")]
    [InlineData("版权所有 示例新闻")]
    [InlineData("严禁转载")]
    [InlineData("無断転載を禁じます。")]
    [InlineData("記事・写真の無断複製を禁じます")]
    public void IsNotice_ShortNotices_IsTrue(string line) => Assert.True(RightsNotices.IsNotice(line));

    [Theory]
    [InlineData("The court heard that the copyright claim was filed years after the game was released.")]
    [InlineData("Copyright lawyers said the ruling would be appealed.")]
    [InlineData("He said the rights of all reserves were protected.")]
    [InlineData("Unreserved rights for all, the minister said.")]
    public void IsNotice_ProseAboutCopyrightOrRights_IsFalse(string line) => Assert.False(RightsNotices.IsNotice(line));

    [Fact]
    public void IsNotice_LongParagraphWithACreditGluedOn_IsFalse()
    {
        var paragraph = "© Provided by Example Inc " + string.Concat(Enumerable.Repeat("The launch was announced on Tuesday to a crowd of developers. ", 5));

        Assert.False(RightsNotices.IsNotice(paragraph));
    }

    [Fact]
    public void IsNotice_NoticeAtTheLengthBound_IsTrueAndOneCharacterLongerIsFalse()
    {
        var notice = "All rights reserved. ".PadRight(RightsNotices.MaxLength, 'x');

        Assert.True(RightsNotices.IsNotice(notice));
        Assert.False(RightsNotices.IsNotice(notice + "x"));
    }

    [Fact]
    public void IsNotice_Empty_IsFalse() => Assert.False(RightsNotices.IsNotice(string.Empty));
}
