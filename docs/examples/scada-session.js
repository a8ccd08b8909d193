// A SCADA engineer's first session with a generic OPC UA stack (node-opcua), as docs/scada.md shows it.
const { OPCUAClient, MessageSecurityMode, SecurityPolicy, AttributeIds, DataType, StatusCodes } = require("node-opcua-client");
(async () => {
  const url = process.argv[2], user = process.argv[3], password = process.argv[4];
  const client = OPCUAClient.create({ applicationName: "GenericScada", applicationUri: "urn:example:generic-scada",
    securityMode: MessageSecurityMode.SignAndEncrypt, securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false, connectionStrategy: { maxRetry: 0 } });
  try {
    await client.connect(url);
  } catch (e) { console.log("connect refused: " + e.message); process.exit(2); }
  let session;
  try {
    session = await client.createSession({ type: 1 /* UserName */, userName: user, password: password });
  } catch (e) { console.log("session refused: " + e.message); await client.disconnect(); process.exit(3); }
  const ns = (await session.readNamespaceArray()).indexOf("urn:sharingcities:platform:scada");
  const cities = await session.browse(`ns=${ns};s=cities`);
  console.log("Cities:", cities.references.map(r => r.displayName.text).join(", "));
  const city = await session.browse(cities.references[0].nodeId.toString());
  console.log(cities.references[0].displayName.text + ":", city.references.map(r => r.displayName.text).join(", "));
  const point = `ns=${ns};s=milan/milan.building.b001.zone-temperature`;
  const value = await session.read({ nodeId: point, attributeId: AttributeIds.Value });
  console.log("b001 zone temperature:", value.value.value, value.statusCode.name, "source", value.sourceTimestamp && value.sourceTimestamp.toISOString());
  const other = await session.read({ nodeId: `ns=${ns};s=london/london.building.b001.zone-temperature`, attributeId: AttributeIds.Value });
  console.log("London's point:", other.statusCode.name);
  const setpoint = `ns=${ns};s=milan/milan.building.b001.zone-setpoint`;
  const write = await session.write({ nodeId: setpoint, attributeId: AttributeIds.Value, value: { value: { dataType: DataType.Double, value: 30 } } });
  console.log("write 30 °C:", write.name);
  await session.close();
  await client.disconnect();
})().catch(e => { console.error(e); process.exit(1); });
