using Microsoft.Extensions.Diagnostics.HealthChecks;

using Commerce.Channels.Line;
using Commerce.Channels.Meta;
using Commerce.Channels.Telegram;
using Microsoft.Extensions.Options;

namespace Commerce.Channels;

/// <summary>
/// Reports which channels are enabled. Always healthy: a channel left unconfigured is a choice, not a fault,
/// but operators should see at a glance why a webhook answers 404.
/// </summary>
public sealed class ChannelsHealthCheck(MetaChannels channels, IOptions<TelegramOptions> telegram, IOptions<LineOptions> line) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = channels.Each.Select(c => (Name: c.Channel.ToString(), Enabled: c.Enabled))
            .Append((Name: "Telegram", Enabled: telegram.Value.IsEnabled))
            .Append((Name: "Line", Enabled: line.Value.IsEnabled))
            .Append((Name: "WebChat", Enabled: true))
            .ToList();
        var data = states.ToDictionary(c => c.Name.ToLowerInvariant(), c => (object)(c.Enabled ? "enabled" : "disabled"));
        var description = $"Enabled: {string.Join(", ", states.Where(c => c.Enabled).Select(c => c.Name))}.";
        return Task.FromResult(HealthCheckResult.Healthy(description, data));
    }
}
