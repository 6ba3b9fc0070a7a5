using Commerce.Api.MerchantConsole;
using Commerce.Api.Endpoints;
using Commerce.Api.Http;
using Commerce.Api.Startup;
using Commerce.Application;
using Commerce.Application.Catalog;
using Commerce.Application.Conversations;
using Commerce.Application.Inbound;
using Commerce.Application.Orders;
using Commerce.Application.Payments;
using Commerce.Application.Privacy;
using Commerce.Application.Broadcasts;
using Commerce.Application.ShopInfo;
using Commerce.Application.Staff;
using Commerce.Channels;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

if (NluEvalCommand.TryRun(args, out var exitCode))
    return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.DefaultBodyBytes);

builder.Services.AddProblemDetails();
builder.Services.AddAntiforgery();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    // A missing or null required field is a 400 naming it, never a NullReferenceException later.
    json.SerializerOptions.RespectNullableAnnotations = true;
    json.SerializerOptions.RespectRequiredConstructorParameters = true;
    json.SerializerOptions.Converters.Add(new StorableStringConverter());
});
// Unreadable bodies reach the ExceptionHandler, which answers with ProblemDetails in every environment.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<ExceptionHandler>();
builder.Services.AddOpenApi(options => options.AddApiKeySecurity());
builder.Services.AddMerchantApiKeyAuthentication(builder.Configuration);
builder.Services.Configure<WebChatOptions>(builder.Configuration.GetSection("WebChat"));
builder.Services.AddSingleton<WebChatSessionIds>();
builder.Services.AddWebChatRateLimiting();
builder.Services.AddSingleton<RefusalLog>();
builder.Services.AddConsole();

builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddApplicationCore();
builder.Services.Configure<ShopOptions>(builder.Configuration.GetSection("Shop"));
builder.Services.AddCatalog();
builder.Services.AddConversations();
builder.Services.AddOrders();
builder.Services.Configure<PrivacyOptions>(builder.Configuration.GetSection("Privacy"));
builder.Services.AddPrivacy();
builder.Services.Configure<BroadcastOptions>(builder.Configuration.GetSection("Broadcasts"));
builder.Services.AddBroadcasts();
builder.Services.AddShopInfo();
builder.Services.AddStaff();
builder.Services.AddInbound();
builder.Services.AddPaymentPages();
builder.Services.AddPayments(builder.Configuration);
builder.Services.AddMessaging(builder.Configuration);
builder.Services.AddWebChat();
builder.Services.AddMetaChannels(builder.Configuration);
builder.Services.AddTelegramChannel(builder.Configuration);
builder.Services.AddLineChannel(builder.Configuration);

builder.Services.AddHealthChecks()
    .AddDbContextCheck<CommerceDbContext>("database", tags: ["ready"])
    .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);

var app = builder.Build();

// The intent classifier is trained from its embedded data once per process (a few seconds); do it before the first
// shopper's turn waits for it.
app.Services.GetRequiredService<Commerce.Application.Understanding.IIntentRecognizer>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStorableQueryStrings();
app.UseConsoleHeaders();
app.UseDemoImages();
app.UseRouting();
// Before any endpoint reads a body: an unauthenticated merchant request is answered 401 unread.
app.UseAuthentication();
app.UseAuthorization();
app.UseBodySizeLimits();
app.UseRateLimiter();

app.MapOpenApi("/openapi/{documentName}.json");
app.UseSwaggerUI(options =>
{
    options.SwaggerEndpoint("/openapi/v1.json", "Commerce v1");
    options.RoutePrefix = "swagger";
});

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync });

var merchantApi = app.MapGroup("/api/v1").RequireAuthorization(ApiKeyAuthenticationHandler.PolicyName);
merchantApi.MapCatalogEndpoints();
merchantApi.MapNluEndpoints();
merchantApi.MapOrderEndpoints();
merchantApi.MapConversationEndpoints();
merchantApi.MapBroadcastEndpoints();
merchantApi.MapShopInfoEndpoints();
app.MapPaymentPages();
app.MapStripeWebhook();
app.MapWebChatEndpoints();
app.MapWebChatPage();
app.MapMetaWebhooks();
app.MapTelegramWebhook();
app.MapLineWebhook();
app.MapConsole();

// Created now so a missing WebChat:SessionKey is reported at start-up, not at the first chat.
app.Services.GetRequiredService<WebChatSessionIds>();
await app.MigrateIfConfiguredAsync();
await app.SeedDemoCatalogIfConfiguredAsync();
await app.EnsureConsoleOwnerAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
