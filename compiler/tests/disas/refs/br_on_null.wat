;; `br_on_null`, `br_on_non_null` and `ref.as_non_null`: a test of the reference and
;; a conditional branch (or trap); the values a branch carries are moved only on its
;; path.

(module
  (type $sig (func (param i32) (result i32)))
  (func (export "on_null") (param $f (ref null $sig)) (param $a i32) (result i32)
    (block $null (result i32)
      (local.get $a)
      (br_on_null $null (local.get $f))
      (call_ref $sig)))
  (func (export "on_non_null") (param $f (ref null $sig)) (result i32)
    (i32.const 1)
    (block $call (param i32) (result i32 (ref $sig))
      (br_on_non_null $call (local.get $f))
      (return))
    (call_ref $sig))
  (func (export "as_non_null") (param $f (ref null $sig)) (result (ref $sig))
    (ref.as_non_null (local.get $f))))

;; function 0 (export "on_null"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: mov     rax,[rbp+0x18]
;;     23: test    rax,rax
;;     26: jne     0x0000000000000036
;;     2c: mov     eax,[rbp+0x10]
;;     31: jmp     0x0000000000000056
;;     36: push    qword ptr [rbp+0x10]
;;     3b: test    rax,rax
;;     3e: je      0x00000000000000AD
;;     44: mov     r11,r14
;;     47: mov     r14,[rax+8]
;;     4c: call    qword ptr [rax]
;;     51: mov     r14,[rbp-8]
;;     56: leave
;;     57: ret     0x10
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x5E
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x5E
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x67
;;     bb: mov     eax,0xE
;;     c1: mov     rsp,[r11+8]
;;     c6: ret

;; function 1 (export "on_non_null"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000077
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: je      0x0000000000000043
;;     2c: lea     rsp,[rbp-0x18]
;;     30: mov     qword ptr [rbp-0x10],1
;;     39: mov     [rbp-0x18],rax
;;     3e: jmp     0x000000000000004E
;;     43: mov     eax,1
;;     49: jmp     0x0000000000000073
;;     4e: mov     rax,[rbp-0x18]
;;     53: lea     rsp,[rsp+8]
;;     58: test    rax,rax
;;     5b: je      0x00000000000000CA
;;     61: mov     r11,r14
;;     64: mov     r14,[rax+8]
;;     69: call    qword ptr [rax]
;;     6e: mov     r14,[rbp-8]
;;     73: leave
;;     74: ret     8
;;     77: cmp     dword ptr [r11+0x14],0
;;     80: jne     0x0000000000000096
;;     86: cmp     rax,[r11+0x38]
;;     8b: jb      0x00000000000000B0
;;     91: jmp     0x000000000000001E
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x6C
;;     a4: mov     eax,0xA
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x6C
;;     be: mov     eax,9
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
;;     ca: mov     r11,[r14]
;;     cf: mov     qword ptr [r11+0x18],0x77
;;     d8: mov     eax,0xE
;;     de: mov     rsp,[r11+8]
;;     e3: ret

;; function 2 (export "as_non_null"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000030
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: je      0x0000000000000083
;;     2c: leave
;;     2d: ret     8
;;     30: cmp     dword ptr [r11+0x14],0
;;     39: jne     0x000000000000004F
;;     3f: cmp     rax,[r11+0x38]
;;     44: jb      0x0000000000000069
;;     4a: jmp     0x000000000000001E
;;     4f: mov     r11,[r14]
;;     54: mov     qword ptr [r11+0x18],0x7B
;;     5d: mov     eax,0xA
;;     63: mov     rsp,[r11+8]
;;     68: ret
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x7B
;;     77: mov     eax,9
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x7E
;;     91: mov     eax,0xD
;;     97: mov     rsp,[r11+8]
;;     9c: ret
