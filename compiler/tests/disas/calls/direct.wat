;; A direct call with two arguments pushed in order.

(module
  (func $g (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "f") (param $a i32) (result i32)
    (call $g (local.get $a) (i32.const 5))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002C
;;     1e: mov     eax,[rbp+0x18]
;;     23: sub     eax,[rbp+0x10]
;;     28: leave
;;     29: ret     0x10
;;     2c: cmp     dword ptr [r11+0x14],0
;;     35: jne     0x000000000000004B
;;     3b: cmp     rax,[r11+0x38]
;;     40: jb      0x0000000000000065
;;     46: jmp     0x000000000000001E
;;     4b: mov     r11,[r14]
;;     50: mov     qword ptr [r11+0x18],0x26
;;     59: mov     eax,0xA
;;     5f: mov     rsp,[r11+8]
;;     64: ret
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x26
;;     73: mov     eax,9
;;     79: mov     rsp,[r11+8]
;;     7e: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000033
;;     1e: push    qword ptr [rbp+0x10]
;;     23: push    5
;;     25: call    0xFFFFFFFFFFFFFF80
;;     2a: mov     r14,[rbp-8]
;;     2f: leave
;;     30: ret     8
;;     33: cmp     dword ptr [r11+0x14],0
;;     3c: jne     0x0000000000000052
;;     42: cmp     rax,[r11+0x38]
;;     47: jb      0x000000000000006C
;;     4d: jmp     0x000000000000001E
;;     52: mov     r11,[r14]
;;     57: mov     qword ptr [r11+0x18],0x2E
;;     60: mov     eax,0xA
;;     66: mov     rsp,[r11+8]
;;     6b: ret
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x2E
;;     7a: mov     eax,9
;;     80: mov     rsp,[r11+8]
;;     85: ret
