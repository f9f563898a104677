using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.Property(w => w.Url).HasMaxLength(Webhook.MaxUrlLength);
        builder.Property(w => w.Description).HasMaxLength(Webhook.MaxDescriptionLength);
        builder.Property(w => w.OwnerApp).HasMaxLength(200);
        builder.Property(w => w.RegisteredBy).HasMaxLength(200);
        builder.Property(w => w.ProtectedSecret).HasMaxLength(1_000);
        // The event names, comma-separated: one plain column on every provider, read whole with the webhook.
        builder.Property(w => w.Events).HasMaxLength(1_000).HasConversion(
            events => string.Join(',', events),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EventKind>).ToList(),
            new ValueComparer<IReadOnlyList<EventKind>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e)), v => v.ToList()));
        builder.HasIndex(w => new { w.OwnerDepartmentId, w.RegisteredAt });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        // One delivery per webhook and event: the dispatcher can be run twice over the same event without sending it twice.
        builder.HasIndex(d => new { d.WebhookId, d.EventId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.SubjectType).HasMaxLength(100);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => new { m.DispatchedAt, m.OccurredAt });
    }
}

internal sealed class ProjectColourWatchConfiguration : IEntityTypeConfiguration<ProjectColourWatch>
{
    public void Configure(EntityTypeBuilder<ProjectColourWatch> builder)
    {
        builder.HasKey(w => w.ProjectId);
        builder.HasOne<InfoGov.Domain.Projects.Project>().WithOne().HasForeignKey<ProjectColourWatch>(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // Two instances sweeping at once both see the old colour: the update of the second finds the colour
        // changed under it and fails, so a change is announced once.
        builder.Property(w => w.Colour).IsConcurrencyToken();
    }
}
