using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> builder)
    {
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(TrustedDocument.MaxNameLength);
        builder.Property(d => d.OwnerApp).HasMaxLength(TrustedDocument.MaxNameLength);
        // Longer than SQL Server's 4,000-character nvarchar: nvarchar(max) there.
        builder.Property(d => d.Text).HasMaxLength(TrustedDocument.MaxTextLength);
        builder.Property(d => d.RegisteredBy).HasMaxLength(200);
        builder.HasIndex(d => d.Hash).IsUnique();
        builder.HasIndex(d => new { d.OwnerApp, d.Name });
    }
}
