using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Api.GraphQL;
using CivilAffairs.Gazetteer.Api.GraphQL.Http;
using CivilAffairs.Gazetteer.Api.Health;
using CivilAffairs.Gazetteer.Api.Hosting;
using CivilAffairs.Gazetteer.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddGazetteerDatabase();
builder.AddGazetteerGraphQL();
builder.AddGazetteerHttp();
builder.AddGazetteerGeocoding();
builder.Services.AddGazetteerSearch(builder.Configuration);

var app = builder.Build();
app.UseGazetteerHttp();
app.MapGraphQL();
app.MapHealth();
app.Run();
