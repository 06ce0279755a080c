using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using VLoket.Functions;
using VLoket.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<VLoketWorkerMiddleware>();
builder.Services.AddVLoket(builder.Configuration);
builder.Build().Run();
