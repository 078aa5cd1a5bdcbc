using Storyline.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Server.Analysis;
using Storyline.Server.Api;
using Storyline.Server.Ingestion;
using Storyline.Server.Settings;
using Storyline.Server.Store;
using Storyline.Server.Web;

namespace Storyline.Server.Hosting;

/// <summary>
/// Puts the tracker together: the store, the intake, the analysis loop, feed polling, folder watching and the demo
/// load as services; RFC 7807 errors, the API, the OpenAPI document and the pages as the request pipeline.
/// <c>storyline serve</c> runs it on Kestrel; the tests run the same wiring in process.
/// </summary>
public static class TrackerHost
{
    /// <summary>Registers everything the tracker runs on. Opens (and migrates) the store when first asked for.</summary>
    public static IServiceCollection AddTracker(this IServiceCollection services, TrackerOptions options, TimeProvider? clock = null)
    {
        services.AddSingleton(options);
        services.AddSingleton(clock ?? TimeProvider.System);
        // the service's edge: one store of the shipped models for its lifetime, loaded on first use
        services.AddSingleton(new ModelStore());
        services.AddSingleton(sp => StoryStore.Open(options.DatabasePath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestSignal>();
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<StoryTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<StoryTracker>());
        services.AddSingleton<FileReader>();
        services.AddHostedService<DemoLoader>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        services.AddSingleton<FolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<FolderWatcher>());
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        return services;
    }

    /// <summary>The request pipeline: errors as problems, security headers, routing to the API and pages.</summary>
    public static void UseTracker(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h["X-Frame-Options"] = "DENY";
            h["Content-Security-Policy"] = Html.ContentSecurityPolicy;
            await next(context);
        });
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi("/openapi/{documentName}.json");
            endpoints.MapApi();
            endpoints.MapWeb();
        });
    }

    /// <summary>The tracker on Kestrel, listening on <paramref name="urls"/>.</summary>
    public static WebApplication Build(TrackerOptions options, string? urls = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        if (urls is not null) builder.WebHost.UseUrls(urls);
        logging?.Invoke(builder.Logging);
        builder.Services.AddTracker(options);
        var app = builder.Build();
        // open (and migrate) the store before listening: a store that cannot be opened stops the start with its reason
        app.Services.GetRequiredService<StoryStore>();
        app.UseTracker();
        return app;
    }
}
