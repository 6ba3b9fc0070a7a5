using Commerce.Application.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("InboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseIdentityAlwaysColumn();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.PlatformMessageId).HasMaxLength(256).IsRequired();
        builder.HasIndex(m => new { m.Channel, m.PlatformMessageId }).IsUnique();
        builder.Property(m => m.ConversationKey).HasMaxLength(160).IsRequired();
        builder.Property(m => m.Message).HasColumnType("jsonb")
            .HasConversion(new JsonColumnConverter<InboundMessage>(), new JsonColumnComparer<InboundMessage>());
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(2000);

        // The worker's claim query: unfinished rows in arrival order, and the per-conversation head (oldest open row).
        builder.HasIndex(m => m.Id).HasFilter("status in ('Pending', 'Processing')");
        builder.HasIndex(m => new { m.ConversationKey, m.Id }).HasFilter("status in ('Pending', 'Processing')");
    }
}
