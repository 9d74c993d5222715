using CivilAffairs.Gazetteer.Api.Changes;
using CivilAffairs.Gazetteer.Api.Explorer;
using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Api.GraphQL;
using CivilAffairs.Gazetteer.Api.GraphQL.Http;
using CivilAffairs.Gazetteer.Api.Health;
using CivilAffairs.Gazetteer.Api.Hosting;
using CivilAffairs.Gazetteer.Api.Tiles;
using CivilAffairs.Gazetteer.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddGazetteerDatabase();
builder.AddGazetteerGraphQL();
builder.AddGazetteerGeocoding();
builder.Services.AddGazetteerSearch(builder.Configuration);
builder.Services.AddGazetteerTiles();
builder.Services.AddGazetteerChanges();

var app = builder.Build();
app.MapGraphQL();
app.MapHealth();
app.MapTiles();
app.MapChanges();
app.MapExplorer();
app.Run();
