using CivilAffairs.Gazetteer.Api.Audit;
using CivilAffairs.Gazetteer.Api.Collection;
using CivilAffairs.Gazetteer.Api.Proposals;
using CivilAffairs.Gazetteer.Data.Collection;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Data.Proposals;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilAffairs.Gazetteer.Api.Workflow;

internal static class WorkflowRegistration
{
    /// <summary>
    /// The proposal workflow, POI collection and audit reads; they use the name checker and the POI
    /// duplicate finder of AddGazetteerNaming.
    /// </summary>
    public static IHostApplicationBuilder AddGazetteerWorkflow(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ProposalStore>();
        builder.Services.AddSingleton<PoiStore>();
        builder.Services.AddSingleton<PlaceEdits>();
        builder.Services.AddSingleton<ProposalQueries>();
        builder.Services.AddSingleton<PoiQueries>();
        builder.Services.AddSingleton<AuditQueries>();
        builder.Services.AddScoped<WorkflowLoaders>();
        return builder;
    }
}
