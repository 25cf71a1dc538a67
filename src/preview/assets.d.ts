declare module '*.xlsx' {
  const url: string;
  export default url;
}
