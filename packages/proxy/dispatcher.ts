// undici dispatchers chosen per origin by ./index.ts: one keep-alive Agent (a pool per origin)
// for direct requests, one ProxyAgent per proxy. A ProxyAgent tunnels every request with CONNECT
// (http targets too), so a request's own headers (Authorization, tokens) travel inside the
// tunnel and only the proxy's credentials (Proxy-Authorization) go to the proxy.
import { Agent, ProxyAgent, type Dispatcher } from 'undici';
import { proxyFor, type ProxyEnv } from './index.js';

export interface DispatcherOptions {
  env: ProxyEnv;
  /** Longest wait for an answer's headers, and between two chunks of its body. */
  timeoutMs: number;
  /** Larger answers fail (undici's maxResponseSize). */
  maxResponseBytes: number;
}

export interface Route {
  dispatcher: Dispatcher;
  /** The proxy the request goes through (absent: direct). */
  proxy?: URL;
}

export class ProxyRouter {
  private direct?: Agent;
  private readonly proxies = new Map<string, ProxyAgent>();
  /** Per origin: worked out once (a registry check asks for it on every request). */
  private readonly routes = new Map<string, Route>();

  constructor(private readonly opts: DispatcherOptions) {}

  /** The dispatcher for a request to `url`, and its proxy if any. */
  route(url: URL): Route {
    let route = this.routes.get(url.origin);
    if (!route) {
      const proxy = proxyFor(url, this.opts.env);
      route = proxy ? { dispatcher: this.proxyAgent(proxy), proxy } : { dispatcher: this.directAgent() };
      this.routes.set(url.origin, route);
    }
    return route;
  }

  /** Closes every connection (idle sockets never hold the process open anyway). */
  async close(): Promise<void> {
    await Promise.all([this.direct?.close(), ...[...this.proxies.values()].map((agent) => agent.close())]);
  }

  private agentOptions(): Agent.Options {
    return {
      headersTimeout: this.opts.timeoutMs,
      bodyTimeout: this.opts.timeoutMs,
      maxResponseSize: this.opts.maxResponseBytes,
    };
  }

  private directAgent(): Agent {
    this.direct ??= new Agent(this.agentOptions());
    return this.direct;
  }

  private proxyAgent(proxy: URL): ProxyAgent {
    const uri = `${proxy.protocol}//${proxy.host}`;
    let agent = this.proxies.get(proxy.href);
    if (!agent) {
      const username = decodeURIComponent(proxy.username);
      const password = decodeURIComponent(proxy.password);
      // As @actions/http-client: Basic credentials from the proxy URL, sent to the proxy only.
      const token =
        username || password
          ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
          : undefined;
      agent = new ProxyAgent({ uri, ...(token ? { token } : {}), ...this.agentOptions() });
      this.proxies.set(proxy.href, agent);
    }
    return agent;
  }
}
