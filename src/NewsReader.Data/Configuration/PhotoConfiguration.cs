using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Data.Model;

namespace NewsReader.Data.Configuration;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("Photos");
        builder.HasIndex(p => new { p.ArticleId, p.Position });
        builder.HasIndex(p => p.PhotographerId);
        builder.HasOne(p => p.Photographer).WithMany(p => p.Photos).HasForeignKey(p => p.PhotographerId).OnDelete(DeleteBehavior.SetNull);
    }
}
