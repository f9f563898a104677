using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class PlatformAdministratorConfiguration : IEntityTypeConfiguration<PlatformAdministrator>
{
    public void Configure(EntityTypeBuilder<PlatformAdministrator> builder)
    {
        builder.ToTable("PlatformAdministrators");
        builder.HasIndex(a => a.AccountObjectId).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(100);
    }
}
