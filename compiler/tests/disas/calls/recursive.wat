;; A function calling itself.

(module
  (func $f (export "f") (param $n i32) (result i32)
    (if (result i32) (local.get $n) (then (call $f (i32.sub (local.get $n) (i32.const 1)))) (else (i32.const 0)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: mov     eax,[rbp+0x10]
;;     23: test    eax,eax
;;     26: je      0x0000000000000046
;;     2c: mov     eax,[rbp+0x10]
;;     31: sub     eax,1
;;     35: push    rax
;;     37: call    0
;;     3c: mov     r14,[rbp-8]
;;     41: jmp     0x000000000000004C
;;     46: mov     eax,0
;;     4c: leave
;;     4d: ret     8
;;     50: cmp     dword ptr [r11+0x14],0
;;     59: jne     0x000000000000006F
;;     5f: cmp     rax,[r11+0x38]
;;     64: jb      0x0000000000000089
;;     6a: jmp     0x000000000000001E
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x1F
;;     7d: mov     eax,0xA
;;     83: mov     rsp,[r11+8]
;;     88: ret
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x1F
;;     97: mov     eax,9
;;     9d: mov     rsp,[r11+8]
;;     a2: ret
