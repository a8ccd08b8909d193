#!/bin/sh
# Starts Payara Micro with the WAR. No phone-home from Payara or Hazelcast; Payara's public
# /metrics off (payara-preboot.asadmin). One instance unless PLATFORM_CLUSTER_MEMBERS lists the
# cluster's members (host:port,host:port), which then share the controllers among them (ADR 4).
set -eu
if [ -n "${PLATFORM_CLUSTER_MEMBERS:-}" ]; then
  set -- --clustermode "tcpip:${PLATFORM_CLUSTER_MEMBERS}"
else
  set -- --nocluster
fi
exec java -Xmx1g -Djava.net.preferIPv4Stack=true -Dhazelcast.phone.home.enabled=false \
  -jar payara-micro.jar --deploy sharing-cities.war --contextroot / --port 8080 \
  --disablephonehome --prebootcommandfile payara-preboot.asadmin "$@"
