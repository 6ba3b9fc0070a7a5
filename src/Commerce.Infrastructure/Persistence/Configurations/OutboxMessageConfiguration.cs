using Commerce.Application.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseIdentityAlwaysColumn();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.RecipientId).HasMaxLength(128).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(16).IsRequired();
        builder.Property(m => m.Reply).HasColumnType("jsonb")
            .HasConversion(new JsonColumnConverter<OutboundReply>(), new JsonColumnComparer<OutboundReply>());
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.PlatformMessageId).HasMaxLength(256);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.DeliveryStatus).HasMaxLength(16);
        builder.Property(m => m.ReplyToken).HasMaxLength(PlatformReplyToken.MaxLength);
        builder.HasIndex(m => new { m.Channel, m.PlatformMessageId }).HasFilter("platform_message_id IS NOT NULL");
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasFilter("status = 'Pending'");
        builder.HasIndex(m => new { m.ConversationId, m.Id });
        // The web chat's long poll: a session's replies after the last one it has (a range scan, not a table scan).
        builder.HasIndex(m => new { m.Channel, m.RecipientId, m.Id });
    }
}
