using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Data.Model;

namespace NewsReader.Data.Configuration;

internal sealed class TeaserConfiguration : IEntityTypeConfiguration<Teaser>
{
    public void Configure(EntityTypeBuilder<Teaser> builder)
    {
        builder.ToTable("Teasers");
        builder.HasIndex(t => new { t.RelatedListId, t.Position }).IsUnique();
        builder.HasIndex(t => t.TitleKey);
        builder.HasIndex(t => t.StorySlug);
        builder.HasIndex(t => t.TargetArticleId);

        // An article is never deleted by the importer, but if one is, its teasers fall back to story pages.
        builder.HasOne(t => t.TargetArticle).WithMany().HasForeignKey(t => t.TargetArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
