import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fakerConnector } from '../../../engine/connectors/faker/faker-connector';
import { compileFakerExpression } from '../../../engine/connectors/faker/faker-expression';
import { Rng } from '../../../engine/connectors/random';
import { T } from '../../../engine/types/logical-type';
import { drain, table } from './source-helpers';

describe('faker connector', () => {
  const cols = [
    { name: 'name', type: T.string() },
    { name: 'email', type: T.string() },
    { name: 'age', type: T.int() },
    { name: 'city', type: T.string() },
    { name: 'seen', type: T.timestamp(3) },
    { name: 'code', type: T.string() },
    { name: 'plan', type: T.string() },
  ];
  const options = {
    'fields.name.expression': '#{Name.fullName}',
    'fields.email.expression': '#{Internet.emailAddress}',
    'fields.age.expression': "#{number.numberBetween '18','65'}",
    'fields.city.expression': '#{Address.city}',
    'fields.seen.expression': "#{date.past '15','SECONDS'}",
    'fields.code.expression': "SKU-#{bothify '??-###'}",
    'fields.plan.expression': "#{Options.option 'free','pro','team'}",
    'number-of-rows': '200',
    'rows-per-second': '0',
    seed: '11',
  };

  test('realistic values of the column types, repeatable with a seed', async () => {
    const before = Date.now();
    const { rows } = await drain(fakerConnector.createSource!(table(cols, options)));
    const again = await drain(fakerConnector.createSource!(table(cols, options)));
    assert.equal(rows.length, 200);
    assert.deepEqual(rows.map((r) => r.slice(0, 4)), again.rows.map((r) => r.slice(0, 4)));
    for (const [name, email, age, city, seen, code, plan] of rows) {
      assert.match(name as string, /^[A-Z][a-z]+ [A-Z][a-z]+$/);
      assert.match(email as string, /^[a-z._]+\d+@[a-z]+\.[a-z]+$/);
      assert.ok(Number.isInteger(age) && (age as number) >= 18 && (age as number) < 65);
      assert.ok((city as string).length > 2);
      assert.ok((seen as number) >= before - 15_000 && (seen as number) <= Date.now());
      assert.match(code as string, /^SKU-[a-z]{2}-\d{3}$/);
      assert.ok(['free', 'pro', 'team'].includes(plan as string));
    }
  });

  test('unknown expressions and missing expressions are option errors with suggestions', () => {
    assert.throws(() => compileFakerExpression('#{Name.fulName}', Date.now), /unknown expression '#\{Name.fulName\}', did you mean 'name.fullname'/);
    assert.throws(() => compileFakerExpression('#{Name.fullName', Date.now), /unclosed/);
    assert.throws(() => fakerConnector.createSource!(table([{ name: 'x', type: T.int() }], {})), /column 'x' needs 'fields.x.expression'/);
  });

  test('the rest of the vocabulary produces plausible values', () => {
    const r = new Rng(5);
    const now = () => Date.UTC(2024, 0, 1);
    const run = (e: string) => compileFakerExpression(e, now)(r);
    assert.match(String(run('#{Name.username}')), /^[a-z]+[._]?[a-z]+\d+$/);
    assert.match(String(run('#{Internet.domainName}')), /^[a-z]+\.[a-z]+$/);
    assert.match(String(run('#{Company.name}')), /^[A-Z][a-z]+ /);
    assert.ok(Math.abs(run('#{Address.latitude}') as number) <= 90);
    const born = run('#{date.birthday}') as number;
    assert.ok(born < now() - 17 * 365 * 86_400_000 && born > now() - 66 * 365 * 86_400_000);
    assert.match(String(run('#{Internet.uuid}')), /^[0-9a-f-]{36}$/);
  });

  test('a lone numeric placeholder keeps its number type; templates concatenate', () => {
    const r = new Rng(1);
    assert.equal(typeof compileFakerExpression("#{number.randomDouble '2','1','5'}", Date.now)(r), 'number');
    assert.match(String(compileFakerExpression("user-#{number.numberBetween '1','10'}", Date.now)(r)), /^user-\d$/);
  });
});
