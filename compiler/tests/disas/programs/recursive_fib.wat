;; The textbook recursive Fibonacci: a comparison feeding `if`, two calls, the first
;; call's result spilled across the second.

(module
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2))))))))

;; function 0 (export "fib"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000077
;;     1e: push    rbx
;;     20: mov     ebx,[rbp+0x10]
;;     25: cmp     ebx,2
;;     2c: jae     0x000000000000003A
;;     32: mov     rax,rbx
;;     35: jmp     0x000000000000006E
;;     3a: lea     eax,[rbx-1]
;;     3f: push    rax
;;     41: call    0
;;     46: mov     r14,[rbp-8]
;;     4b: lea     ecx,[rbx-2]
;;     50: push    rax
;;     52: push    rcx
;;     54: call    0
;;     59: mov     r14,[rbp-8]
;;     5e: mov     ecx,[rbp-0x18]
;;     63: lea     rsp,[rsp+8]
;;     68: add     ecx,eax
;;     6b: mov     rax,rcx
;;     6e: mov     rbx,[rbp-0x10]
;;     73: leave
;;     74: ret     8
;;     77: cmp     dword ptr [r11+0x14],0
;;     80: jne     0x0000000000000096
;;     86: cmp     rax,[r11+0x38]
;;     8b: jb      0x00000000000000B0
;;     91: jmp     0x000000000000001E
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x21
;;     a4: mov     eax,0xA
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x21
;;     be: mov     eax,9
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
