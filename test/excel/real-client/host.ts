/// <reference types="office-js" />
/**
 * Excel end to end through Microsoft's own client: the adapter's batches go through the real
 * `Excel.run`, proxies and request building (./client.ts); each request the client would send is
 * answered by the fake workbook (../fake-excel.ts) in the client's own protocol — its object paths
 * resolved to the fake's proxies, its actions played on them, one fake sync per request, and the
 * results sent back as Excel's JSON (PascalCase properties, `_Items`, `_ReferenceId`, `Error`).
 * Bytes are counted on the JSON the client builds and the JSON it is answered with; Excel on the
 * web's limits are judged on those.
 */
import { RangeRef } from '../../../src/core';
import { FakeContext, FakeHost, FakeWorkbook, HostProfile, LATEST, Trip } from '../fake-excel';
import { ActionInfo, ClientBuild, ExcelClient, RequestBody, ResponseBody, ResponseMessage, excelClient, jsonBytes } from './client';

/** A request and its response as they travelled. */
export interface Exchange {
  request: RequestBody;
  response: ResponseMessage;
  trip: Trip;
}

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
type Obj = Record<string, unknown> & { load?: (p: string) => unknown };

/** A property as the fake has it after its sync; undefined when the fake did not load it. */
function readProp(o: Obj, name: string): unknown {
  try {
    return o[camel(name)];
  } catch {
    return undefined;
  }
}

/** Whether a fake object loaded as a null object (an *OrNullObject that found nothing). */
function isNull(o: Obj): boolean {
  try {
    return Boolean(o.isNullObject);
  } catch {
    return false;
  }
}

/** A range's internals the fake keeps to itself, for members the client calls that the fake does not offer. */
type RangeInside = { ref(): RangeRef | null; derived(f: () => RangeRef | null): Obj };

/**
 * Members Microsoft's client uses on its own that the adapter never calls: `getRow`, with which the
 * client cuts a block write of more than 1,500 cells into chunks (ExcelApi 1.3 and up).
 */
const SHIMS: Record<string, (o: Obj) => ((...a: unknown[]) => unknown) | undefined> = {
  GetRow: (o) => {
    const r = o as unknown as RangeInside;
    return (i) =>
      r.derived(() => {
        const x = r.ref();
        return x && { ...x, top: x.top + Number(i), bottom: x.top + Number(i) };
      });
  },
};

/** One request context on the server side: references kept across its syncs, one fake context for the lot. */
class Session {
  private refs = new Map<string, unknown>();
  private nextRef = 1;
  constructor(readonly fake: FakeContext) {}

  async serve(body: RequestBody, limit: number | undefined): Promise<{ response: ResponseMessage; trip: Trip }> {
    const request = jsonBytes(body);
    const trip: Trip = { request, response: 0 };
    const fail = (code: string, message: string): ResponseMessage => ({
      HttpStatusCode: 413,
      ErrorCode: code,
      ErrorMessage: message,
      Headers: {},
      Body: null,
    });
    if (limit && request > limit)
      return { response: fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'), trip };
    const resolved = new Map<number, unknown>();
    const resolve = (id: number): unknown => {
      if (resolved.has(id)) return resolved.get(id);
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new Error(`object path ${id} missing from the request`);
      const args = () => argsOf(p.ArgumentInfo);
      let v: unknown;
      const parent = () => resolve(p.ParentObjectPathId as number) as Obj;
      switch (p.ObjectPathType) {
        case 1:
          v = this.fake.workbook;
          break;
        case 3: {
          const fn = parent()[camel(p.Name)] ?? SHIMS[p.Name]?.(parent());
          if (typeof fn !== 'function') throw new Error(`method ${p.Name} (path ${id}) is not in the fake`);
          // A method the fake models as a command only (settings.add) stands for an object nothing reads.
          v = (fn as (...a: unknown[]) => unknown).apply(parent(), args()) ?? {};
          break;
        }
        case 4:
          v = parent()[camel(p.Name)];
          break;
        case 5:
          v = (parent().getItem as (...a: unknown[]) => unknown).apply(parent(), args());
          break;
        case 6:
          if (!this.refs.has(p.Name)) throw Object.assign(new Error(`reference ${p.Name} is gone`), { code: 'InvalidObjectPath' });
          v = this.refs.get(p.Name);
          break;
        case 7:
          v = null;
          break;
        default:
          throw new Error(`object path type ${p.ObjectPathType} not answered by the fake`);
      }
      if (v === undefined) throw new Error(`${p.Name} (path ${id}) is not in the fake`);
      resolved.set(id, v);
      return v;
    };
    const argsOf = (info: ActionInfo['ArgumentInfo']): unknown[] =>
      (info?.Arguments ?? []).map((a, i) => (info?.ReferencedObjectPathIds?.[i] ? resolve(info.ReferencedObjectPathIds[i]) : a));

    // Play the actions on the fake's proxies (they queue), then one fake sync runs them.
    const kept = new Set<number>();
    const answers: { action: ActionInfo; answer: () => unknown }[] = [];
    let failedAt = -1;
    try {
      body.Actions.forEach((a, index) => {
        failedAt = index;
        const target = resolve(a.ObjectPathId) as Obj;
        switch (a.ActionType) {
          case 1:
            if (kept.has(a.ObjectPathId)) {
              const ref = `ref-${this.nextRef++}`;
              this.refs.set(ref, target);
              answers.push({ action: a, answer: () => ({ _ReferenceId: ref }) });
            }
            break;
          case 2: {
            const select = a.QueryInfo?.Select;
            if (!select?.length) throw new Error('a load without properties is not answered by the fake');
            const collection = 'items' in Object.getPrototypeOf(target) || 'items' in target;
            (target.load as (p: string) => void).call(target, select.map((s) => (collection ? `items/${s}` : s)).join(','));
            answers.push({
              action: a,
              answer: () => {
                const pick = (o: Obj) => Object.fromEntries(select.map((s) => [pascal(s), readProp(o, s)]));
                // Each item carries its id (`_Id`), which the client turns into `getItem(id)` for later use;
                // the fake finds a sheet by name, so the name stands as its id.
                if (collection)
                  return { _Items: (readProp(target, 'items') as Obj[]).map((o) => ({ ...pick(o), _Id: readProp(o, 'name') })) };
                return isNull(target) ? null : pick(target);
              },
            });
            break;
          }
          case 3: {
            if (a.Name === '_KeepReference') {
              kept.add(a.ObjectPathId);
              break;
            }
            // The host's own checks (`_ValidateArraySize` before a block write): the fake checks shapes itself.
            if (a.Name.startsWith('_') && a.Name !== '_RemoveReference') break;
            if (a.Name === '_RemoveReference') {
              this.refs.delete(String(a.ArgumentInfo?.Arguments?.[0]));
              break;
            }
            const fn = target[camel(a.Name)] as ((...x: unknown[]) => unknown) | undefined;
            if (typeof fn !== 'function') throw new Error(`method ${a.Name} is not in the fake`);
            const out = fn.apply(target, argsOf(a.ArgumentInfo)) as Obj | undefined;
            if (out && typeof out === 'object' && 'value' in out) answers.push({ action: a, answer: () => out.value });
            break;
          }
          case 4:
            target[camel(a.Name)] = argsOf(a.ArgumentInfo)[0];
            break;
          case 5:
            break;
          default:
            throw new Error(`action type ${a.ActionType} not answered by the fake`);
        }
      });
      failedAt = -1;
      await this.fake.sync();
    } catch (e) {
      const err = e as { code?: string; message?: string };
      if (!err.code) throw e;
      const response: ResponseMessage = {
        HttpStatusCode: 200,
        ErrorCode: null,
        ErrorMessage: null,
        Headers: {},
        Body: {
          Error: {
            Code: err.code,
            Message: err.message ?? err.code,
            HttpStatusCode: 400,
            ...(failedAt >= 0 ? { ActionIndex: failedAt } : {}),
          },
        },
      };
      trip.response = jsonBytes(response.Body);
      return { response, trip };
    }
    const out: ResponseBody = { Results: answers.map(({ action, answer }) => ({ ActionId: action.Id, Value: answer() })) };
    trip.response = jsonBytes(out);
    if (limit && trip.response > limit)
      return { response: fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'), trip };
    return { response: { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: out }, trip };
  }
}

/** The client build a profile runs: Excel on the web's script where there is a payload limit, else Windows'. */
export const buildOf = (profile: HostProfile): ClientBuild => (profile.payloadLimit ? 'web' : 'win32');

/**
 * An ExcelHost whose `run` is the real `Excel.run` over the fake workbook: the same workbook model,
 * profiles and failures as FakeHost, with requests and responses as Microsoft's client builds and reads them.
 */
export class RealClientHost extends FakeHost {
  readonly client: ExcelClient;
  /** Every exchange, cleanup requests included (Excel.run's `_RemoveReference`, sent after the run without waiting). */
  exchanges: Exchange[] = [];
  constructor(book: FakeWorkbook, profile: HostProfile | string = LATEST, build?: ClientBuild) {
    super(book, profile);
    this.client = excelClient(build ?? buildOf(this.profile));
  }
  override async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    // The fake judges nothing by its own pricing here: limits are judged on the client's bytes.
    const session = new Session(new FakeContext(this.book, { ...this.profile, payloadLimit: undefined }));
    const limit = this.profile.payloadLimit;
    const context = this.client.context({
      executeAsync: async (_data, _flags, message) => {
        const { response, trip } = await session.serve(message.Body, limit);
        this.exchanges.push({ request: message.Body, response, trip });
        // The cleanup of references after the run is not a round trip the action waits for.
        const cleanup =
          message.Body.Actions.some((a) => a.Name === '_RemoveReference') &&
          message.Body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1);
        if (!cleanup) {
          this.syncs++;
          this.trips.push(trip);
        }
        return response;
      },
    });
    // What the client asks of `Office.context.requirements` (to chunk block writes from 1.3) is this profile's answer.
    this.client.requirements((name, version) => this.isSetSupported(name, version));
    return this.client.Excel.run(context, batch);
  }
}
