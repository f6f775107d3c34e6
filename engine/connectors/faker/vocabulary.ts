/**
 * Word lists behind the faker connector and the marketplace examples: names, places, web
 * things and products that look real without any of it being real.
 */
export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Carlos', 'Karen',
  'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony', 'Sandra', 'Mark', 'Ashley', 'Wei', 'Emily',
  'Steven', 'Donna', 'Andrew', 'Michelle', 'Joshua', 'Carol', 'Kenji', 'Amanda', 'Kevin', 'Priya',
  'Brian', 'Melissa', 'Omar', 'Deborah', 'Lucas', 'Sofia', 'Mateo', 'Aisha', 'Noah', 'Olivia',
];
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Nguyen', 'Hill', 'Flores', 'Green',
  'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Patel', 'Kim',
];
export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me', 'icloud.com', 'hotmail.com', 'example.org'];
export const STREET_NAMES = [
  'Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset', 'Highland',
  'River', 'Church', 'Mill', 'Spring', 'Ridge', 'Forest', 'Meadow', 'Jefferson',
];
export const STREET_SUFFIXES = ['St', 'Ave', 'Blvd', 'Rd', 'Ln', 'Dr', 'Way', 'Ct'];
/** [city, state code] pairs. */
export const CITIES: readonly (readonly [string, string])[] = [
  ['New York', 'NY'], ['Los Angeles', 'CA'], ['Chicago', 'IL'], ['Houston', 'TX'], ['Phoenix', 'AZ'],
  ['Philadelphia', 'PA'], ['San Antonio', 'TX'], ['San Diego', 'CA'], ['Dallas', 'TX'], ['Austin', 'TX'],
  ['Jacksonville', 'FL'], ['San Jose', 'CA'], ['Columbus', 'OH'], ['Charlotte', 'NC'], ['Indianapolis', 'IN'],
  ['San Francisco', 'CA'], ['Seattle', 'WA'], ['Denver', 'CO'], ['Boston', 'MA'], ['Nashville', 'TN'],
  ['Portland', 'OR'], ['Las Vegas', 'NV'], ['Detroit', 'MI'], ['Atlanta', 'GA'], ['Miami', 'FL'],
  ['Minneapolis', 'MN'], ['Boise', 'ID'], ['Salt Lake City', 'UT'], ['Kansas City', 'MO'], ['Raleigh', 'NC'],
];
export const STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];
export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
];
export const URL_HOSTS = ['shop.example.com', 'www.example.com', 'm.example.com'];
export const URL_PATHS = ['/', '/search', '/cart', '/checkout', '/deals', '/account', '/help'];
export const BRANDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Wonka'];
export const CATEGORIES = ['Electronics', 'Books', 'Home', 'Garden', 'Toys', 'Sports', 'Beauty', 'Grocery', 'Clothing', 'Automotive'];
export const PRODUCT_ADJECTIVES = ['Ergonomic', 'Rustic', 'Sleek', 'Compact', 'Deluxe', 'Wireless', 'Organic', 'Smart', 'Classic', 'Portable'];
export const PRODUCT_NOUNS = ['Chair', 'Lamp', 'Keyboard', 'Backpack', 'Blender', 'Headphones', 'Jacket', 'Kettle', 'Novel', 'Drone', 'Sneakers', 'Watch'];
export const WORDS = [
  'alpha', 'bright', 'cloud', 'delta', 'ember', 'falcon', 'granite', 'harbor', 'island', 'jungle', 'kernel', 'lunar',
  'meadow', 'nebula', 'orbit', 'prairie', 'quartz', 'river', 'summit', 'tundra', 'umber', 'valley', 'willow', 'zephyr',
];
export const COMPANY_SUFFIXES = ['Inc', 'LLC', 'Group', 'and Sons', 'Labs', 'Partners', 'Holdings'];
export const COUNTRIES = [
  'United States', 'Canada', 'Mexico', 'Brazil', 'United Kingdom', 'France', 'Germany', 'Spain', 'Italy', 'Netherlands',
  'Sweden', 'Poland', 'India', 'China', 'Japan', 'South Korea', 'Australia', 'New Zealand', 'South Africa', 'Nigeria',
];
export const DOMAIN_WORDS = ['acme', 'bluesky', 'northwind', 'contoso', 'fabrikam', 'globex', 'initech', 'lumen', 'orbit', 'vertex'];
export const TLDS = ['com', 'net', 'org', 'io', 'dev'];
